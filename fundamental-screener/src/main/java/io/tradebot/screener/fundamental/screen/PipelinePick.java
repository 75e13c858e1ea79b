package io.tradebot.screener.fundamental.screen;

import io.tradebot.common.market.FundamentalsView;
import io.tradebot.common.market.TopGainerView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A stock that passed every stage of the pipeline.
 *
 * @param rank         1 for the highest z-score among those written
 * @param gainer       the scanner row
 * @param fundamentals the fundamentals it passed with
 * @param stats        its return's z-score
 * @param estimate     what its models say about the move continuing
 */
public record PipelinePick(int rank, TopGainerView gainer, FundamentalsView fundamentals, ReturnZScore stats,
        ContinuationEstimate estimate) {

    /** The rule's name, in every entry's reasons and the run's inputs. */
    public static final String RULE = "gainer-fundamentals-std-models";

    /**
     * The entry's score, to the 6 decimals the column keeps: the z-score plus the continuation (the
     * predicted next-day return over σ), or the z-score alone when there is no DAY regression.
     */
    public BigDecimal score() {
        return BigDecimal.valueOf(rawScore(stats, estimate)).setScale(6, RoundingMode.HALF_UP);
    }

    /** z + predicted next-day return / σ; z without a DAY regression. */
    public static double rawScore(ReturnZScore stats, ContinuationEstimate estimate) {
        return stats.z() + estimate.continuation(stats.sigma()).orElse(0.0);
    }

    /** The watchlist entry, with every number the decision used. */
    public EntryDraft toDraft(PipelineCriteria criteria) {
        Map<String, Object> reasons = new LinkedHashMap<>();
        reasons.put("rule", RULE);
        reasons.put("rank", rank);
        reasons.put("session", stats.day().toString());
        reasons.put("previousClose", gainer.previousClose());
        reasons.put("close", gainer.close());
        reasons.put("changePct", gainer.changePct());
        reasons.put("volume", gainer.volume());
        reasons.put("std", stdReasons());
        reasons.put("fundamentals", fundamentalsReasons());
        reasons.put("continuation", estimate.reasons(stats.sigma()));
        reasons.put("scoreFormula", estimate.continuation(stats.sigma()).isPresent()
                ? "std.z + continuation.predictedNextDayReturn / std.sigma" : "std.z (no DAY regression)");
        reasons.put("filters", criteria.asMap());
        return new EntryDraft(gainer.symbol(), score(), reasons);
    }

    private Map<String, Object> stdReasons() {
        Map<String, Object> std = new LinkedHashMap<>();
        std.put("return", stats.dayReturn());
        std.put("mean", stats.mean());
        std.put("sigma", stats.sigma());
        std.put("sigmaKind", "population");
        std.put("z", stats.z());
        std.put("window", stats.window());
        std.put("windowStart", stats.windowStart().toString());
        return std;
    }

    private Map<String, Object> fundamentalsReasons() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("asOf", fundamentals.asOf() == null ? null : fundamentals.asOf().toString());
        f.put("price", fundamentals.price());
        f.put("eps", fundamentals.eps());
        f.put("pe", fundamentals.pe());
        f.put("marketCap", fundamentals.marketCap());
        f.put("ebitda", fundamentals.ebitda());
        f.put("priceToSales", fundamentals.priceToSales());
        f.put("priceToBook", fundamentals.priceToBook());
        f.put("dividendYieldPct", fundamentals.dividendYieldPct());
        return f;
    }
}
