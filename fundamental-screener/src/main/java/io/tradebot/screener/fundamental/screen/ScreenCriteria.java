package io.tradebot.screener.fundamental.screen;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings one screen runs with.
 *
 * @param candidates how many top gainers are scanned
 * @param minPrice   lowest last close a candidate may have
 * @param minVolume  lowest session volume a candidate may have
 * @param maxEntries most entries the screen passes
 */
public record ScreenCriteria(int candidates, BigDecimal minPrice, long minVolume, int maxEntries) {

    public ScreenCriteria {
        if (candidates < 1) {
            throw new IllegalArgumentException("candidates must be at least 1, was " + candidates);
        }
        if (minPrice == null || minPrice.signum() < 0) {
            throw new IllegalArgumentException("minPrice must be zero or more");
        }
        if (minVolume < 0) {
            throw new IllegalArgumentException("minVolume must be zero or more, was " + minVolume);
        }
        if (maxEntries < 0) {
            throw new IllegalArgumentException("maxEntries must be zero or more, was " + maxEntries);
        }
    }

    /** These settings by their configuration names, for the reasons and inputs JSON. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("candidates", candidates);
        map.put("minPrice", minPrice);
        map.put("minVolume", minVolume);
        map.put("maxEntries", maxEntries);
        return map;
    }
}
