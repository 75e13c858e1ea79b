package io.tradebot.screener.earnings.classify;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The thresholds of "likely to beat".
 *
 * @param historyQuarters how many of the latest earlier quarters with a known surprise are looked at
 * @param minQuarters     fewest such quarters needed to judge at all
 * @param minBeatShare    share of those quarters with a positive surprise needed (0.75 = 3 of 4)
 */
public record ClassificationRules(int historyQuarters, int minQuarters, BigDecimal minBeatShare) {

    public ClassificationRules {
        if (minQuarters < 1 || historyQuarters < minQuarters) {
            throw new IllegalArgumentException("need 1 <= minQuarters <= historyQuarters, was " + minQuarters + " and "
                    + historyQuarters);
        }
        if (minBeatShare == null || minBeatShare.signum() <= 0 || minBeatShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("minBeatShare must be in (0, 1], was " + minBeatShare);
        }
    }

    /** These rules by their configuration names, for the reasons JSON. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("historyQuarters", historyQuarters);
        map.put("minQuarters", minQuarters);
        map.put("minBeatShare", minBeatShare);
        return map;
    }
}
