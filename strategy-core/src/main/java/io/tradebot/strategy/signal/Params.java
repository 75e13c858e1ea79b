package io.tradebot.strategy.signal;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A strategy's {@code key=value} parameters being read: each read names a key the strategy knows, with its default, so
 * that whatever is left unread afterwards is a key it does not know.
 */
final class Params {

    private final String strategy;
    private final Map<String, String> values;
    private final Set<String> known = new LinkedHashSet<>();

    Params(String strategy, Map<String, String> values) {
        this.strategy = strategy;
        this.values = new TreeMap<>(values);
    }

    int integer(String key, int fallback) {
        String text = read(key);
        try {
            return text == null ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw bad(key, text, "a whole number");
        }
    }

    double number(String key, double fallback) {
        BigDecimal value = decimal(key, null);
        return value == null ? fallback : value.doubleValue();
    }

    BigDecimal decimal(String key, BigDecimal fallback) {
        String text = read(key);
        try {
            return text == null ? fallback : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw bad(key, text, "a number");
        }
    }

    /** The entry rules under their usual keys. */
    EntryRules entry(EntryRules defaults) {
        return new EntryRules(decimal("positionPct", defaults.positionPct()),
                decimal("stopLossPct", defaults.stopLossPct()), decimal("takeProfitPct", defaults.takeProfitPct()));
    }

    /** Fails naming every given key that was never read, and the keys that were. */
    void requireAllKnown() {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown parameter" + (unknown.size() > 1 ? "s" : "") + " for "
                    + strategy + ": " + String.join(", ", unknown) + " (known: " + String.join(", ", known) + ")");
        }
    }

    private String read(String key) {
        known.add(key);
        return values.get(key);
    }

    private BadValue bad(String key, String text, String what) {
        return new BadValue("parameter " + key + " of " + strategy + " must be " + what + ", was '" + text + "'");
    }

    /** A value that does not parse as its key's type. */
    static final class BadValue extends IllegalArgumentException {

        BadValue(String message) {
            super(message);
        }
    }
}
