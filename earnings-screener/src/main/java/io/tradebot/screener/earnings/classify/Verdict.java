package io.tradebot.screener.earnings.classify;

import io.tradebot.screener.earnings.calendar.EarningsRow;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The classification of one report and every number behind it.
 *
 * @param row            the calendar row classified
 * @param classification the conclusion
 * @param lastEps        the EPS compared with zero besides the forecast
 * @param lastEpsSource  {@code lastYearEPS} (the calendar's) or {@code history} (the latest earlier actual), null if none
 * @param quartersUsed   the earlier quarters the beat rule looked at, newest first
 * @param beats          how many of them had a positive surprise
 * @param beatShare      beats ÷ quarters used, null when none were used
 * @param meanSurprisePct mean surprise of the quarters used, in percent; null when none were used
 * @param rules          the thresholds applied
 */
public record Verdict(EarningsRow row, Classification classification, BigDecimal lastEps, String lastEpsSource,
        List<PastQuarter> quartersUsed, int beats, BigDecimal beatShare, BigDecimal meanSurprisePct,
        ClassificationRules rules) {

    /** Whether the report goes to the watchlist. */
    public boolean watchlisted() {
        return classification == Classification.LIKELY_BEAT;
    }

    /** The watchlist score: the mean surprise of the quarters used, in percent. */
    public BigDecimal score() {
        return meanSurprisePct;
    }

    /** Every number the decision used, for the watchlist entry's reasons JSON. */
    public Map<String, Object> reasons() {
        Map<String, Object> reasons = new LinkedHashMap<>();
        reasons.put("rule", "earnings-likely-beat");
        reasons.put("classification", classification.name());
        reasons.put("reportDate", row.reportDate().toString());
        reasons.put("timeOfDay", row.timeOfDay().name());
        reasons.put("fiscalQuarterEnding", row.fiscalQuarterEnding());
        reasons.put("epsForecast", row.epsForecast());
        reasons.put("estimates", row.estimates());
        reasons.put("lastYearEps", row.lastYearEps());
        reasons.put("lastYearReportDate", row.lastYearReportDate() == null ? null : row.lastYearReportDate().toString());
        reasons.put("lastEps", lastEps);
        reasons.put("lastEpsSource", lastEpsSource);
        reasons.put("marketCap", row.marketCap());
        reasons.put("quartersUsed", quartersUsed.size());
        reasons.put("beats", beats);
        reasons.put("beatShare", beatShare);
        reasons.put("meanSurprisePct", meanSurprisePct);
        reasons.put("surprises", quartersUsed.stream().map(Verdict::quarter).toList());
        reasons.put("rules", rules.asMap());
        return reasons;
    }

    private static Map<String, Object> quarter(PastQuarter quarter) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("reportDate", quarter.reportDate().toString());
        map.put("epsActual", quarter.epsActual());
        map.put("surprisePct", quarter.surprisePct());
        return map;
    }
}
