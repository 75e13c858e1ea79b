package io.tradebot.strategy.signal;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
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
    private final Map<String, String> defaults = new LinkedHashMap<>();

    Params(String strategy, Map<String, String> values) {
        this.strategy = strategy;
        this.values = new TreeMap<>(values);
    }

    int integer(String key, int fallback) {
        String text = read(key, String.valueOf(fallback));
        try {
            return text == null ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw bad(key, text, "a whole number");
        }
    }

    double number(String key, double fallback) {
        BigDecimal value = parse(key, BigDecimal.valueOf(fallback).stripTrailingZeros().toPlainString());
        return value == null ? fallback : value.doubleValue();
    }

    BigDecimal decimal(String key, BigDecimal fallback) {
        BigDecimal value = parse(key, fallback.toPlainString());
        return value == null ? fallback : value;
    }

    /** The entry rules under their usual keys. */
    EntryRules entry(EntryRules defaults) {
        return new EntryRules(decimal("positionPct", defaults.positionPct()),
                decimal("stopLossPct", defaults.stopLossPct()), decimal("takeProfitPct", defaults.takeProfitPct()));
    }

    /** Every key read so far with its default, in the order read. */
    Map<String, String> defaults() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
    }

    /** Fails naming every given key that was never read, and the keys that were. */
    void requireAllKnown() {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(defaults.keySet());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown parameter" + (unknown.size() > 1 ? "s" : "") + " for "
                    + strategy + ": " + String.join(", ", unknown) + " (known: " + String.join(", ", defaults.keySet())
                    + ")");
        }
    }

    private BigDecimal parse(String key, String fallback) {
        String text = read(key, fallback);
        try {
            return text == null ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw bad(key, text, "a number");
        }
    }

    private String read(String key, String fallback) {
        defaults.put(key, fallback);
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
