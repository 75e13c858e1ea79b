package io.tradebot.screener.fundamental.screen;

import java.util.LinkedHashMap;
import java.util.Map;

/** How many candidates each stage of a run let through, and why each dropped candidate was dropped. */
public final class StageTally {

    private final Map<String, Integer> passed = new LinkedHashMap<>();
    private final Map<String, String> rejected = new LinkedHashMap<>();
    private final Map<String, Integer> continuation = new LinkedHashMap<>();

    /** Records that {@code count} candidates came out of {@code stage}; call in stage order. */
    public void passed(String stage, int count) {
        passed.put(stage, count);
    }

    /** Records why {@code symbol} was dropped at {@code stage}. */
    public void rejected(String symbol, String stage, String why) {
        rejected.put(symbol, stage + ": " + why);
    }

    /** Records a count of the continuation stage (which drops no one): e.g. how many had every model. */
    public void continuation(String what, int count) {
        continuation.put(what, count);
    }

    /** The tally as stored in the run's {@code stages} JSON. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("passed", passed);
        map.put("rejected", rejected);
        if (!continuation.isEmpty()) {
            map.put("continuation", continuation);
        }
        return map;
    }
}
