package io.tradebot.screener.fundamental.screen;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings one pipeline run uses.
 *
 * @param candidates   how many top gainers are scanned
 * @param minPrice     lowest close a gainer may have
 * @param minVolume    lowest session volume a gainer may have
 * @param minPe        lowest P/E (inclusive)
 * @param maxPe        highest P/E (inclusive)
 * @param minMarketCap lowest market capitalisation, USD
 * @param stdWindow    N: how many daily returns before the day its return is compared with
 * @param stdThreshold k: lowest z-score that passes
 * @param maxEntries   most watchlist entries written
 */
public record PipelineCriteria(int candidates, BigDecimal minPrice, long minVolume, BigDecimal minPe, BigDecimal maxPe,
        BigDecimal minMarketCap, int stdWindow, double stdThreshold, int maxEntries) {

    public PipelineCriteria {
        if (candidates < 1 || stdWindow < 2 || maxEntries < 1 || minPe.compareTo(maxPe) > 0) {
            throw new IllegalArgumentException("Bad screen settings: candidates " + candidates + ", window "
                    + stdWindow + ", max entries " + maxEntries + ", P/E " + minPe + ".." + maxPe);
        }
    }

    /** The settings as written into a run's inputs and each entry's reasons. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("candidates", candidates);
        map.put("minPrice", minPrice);
        map.put("minVolume", minVolume);
        map.put("minEps", "> 0");
        map.put("minPe", minPe);
        map.put("maxPe", maxPe);
        map.put("minMarketCap", minMarketCap);
        map.put("stdWindow", stdWindow);
        map.put("stdThreshold", stdThreshold);
        map.put("maxEntries", maxEntries);
        return map;
    }
}
