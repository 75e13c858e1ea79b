package io.tradebot.screener.earnings.classify;

import io.tradebot.screener.earnings.calendar.EarningsRow;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Classifies one report. Profitable: the EPS forecast and the last EPS are both above zero, the last EPS
 * being the calendar's last-year EPS or, when the calendar has none, the latest earlier actual EPS in the
 * history. Likely to beat: of the latest {@code historyQuarters} earlier reports with a known surprise, at
 * least {@code minQuarters} exist and at least {@code minBeatShare} of them had a surprise above zero.
 */
public final class EarningsClassifier {

    private static final int SCALE = 6;

    private final ClassificationRules rules;

    public EarningsClassifier(ClassificationRules rules) {
        this.rules = Objects.requireNonNull(rules);
    }

    /** The verdict on {@code row}, given the company's reports in {@code history} (any order; later ones are ignored). */
    public Verdict classify(EarningsRow row, List<PastQuarter> history) {
        List<PastQuarter> earlier = history.stream().filter(q -> q.reportDate().isBefore(row.reportDate()))
                .sorted(Comparator.comparing(PastQuarter::reportDate).reversed()).toList();
        BigDecimal lastEps = row.lastYearEps();
        String lastEpsSource = lastEps == null ? null : "lastYearEPS";
        if (lastEps == null) {
            Optional<PastQuarter> latest = earlier.stream().filter(q -> q.epsActual() != null).findFirst();
            lastEps = latest.map(PastQuarter::epsActual).orElse(null);
            lastEpsSource = latest.isPresent() ? "history" : null;
        }
        List<PastQuarter> used = earlier.stream().filter(q -> q.surprisePct() != null).limit(rules.historyQuarters()).toList();
        int beats = (int) used.stream().filter(q -> q.surprisePct().signum() > 0).count();
        BigDecimal share = used.isEmpty() ? null
                : BigDecimal.valueOf(beats).divide(BigDecimal.valueOf(used.size()), SCALE, RoundingMode.HALF_EVEN);
        BigDecimal mean = used.isEmpty() ? null
                : used.stream().map(PastQuarter::surprisePct).reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(used.size()), MathContext.DECIMAL64).setScale(SCALE, RoundingMode.HALF_EVEN);
        Classification classification = classification(row.epsForecast(), lastEps, used.size(), share);
        return new Verdict(row, classification, lastEps, lastEpsSource, used, beats, share, mean, rules);
    }

    private Classification classification(BigDecimal forecast, BigDecimal lastEps, int quarters, BigDecimal share) {
        if (forecast == null || lastEps == null) {
            return forecast != null && forecast.signum() <= 0 || lastEps != null && lastEps.signum() <= 0
                    ? Classification.NOT_PROFITABLE : Classification.EPS_UNKNOWN;
        }
        if (forecast.signum() <= 0 || lastEps.signum() <= 0) {
            return Classification.NOT_PROFITABLE;
        }
        boolean likelyToBeat = quarters >= rules.minQuarters() && share.compareTo(rules.minBeatShare()) >= 0;
        return likelyToBeat ? Classification.LIKELY_BEAT : Classification.PROFITABLE;
    }
}
