package io.tradebot.strategy.signal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * {@code fundamental}: long entries on watchlist candidates, sized by the risk they put on.
 *
 * @param riskPct        equity lost if the stop-loss is hit: shares = equity x riskPct% / (entry - stop) (default 1)
 * @param maxPositionPct cap on the position's value in % of equity, the pre-trade limit (default 10)
 * @param stopLossPct    the bracket's stop-loss below the entry, in % (default 2)
 * @param takeProfitPct  the bracket's take-profit above the entry, in % (default 5)
 * @param timeStopDays   sessions after which a position still open is sold, counting the entry's (default 5)
 * @param minScore       the lowest watchlist score entered (default 0)
 */
public record FundamentalConfig(BigDecimal riskPct, BigDecimal maxPositionPct, BigDecimal stopLossPct,
        BigDecimal takeProfitPct, int timeStopDays, BigDecimal minScore) {

    public static final FundamentalConfig DEFAULTS = new FundamentalConfig(BigDecimal.ONE, BigDecimal.TEN,
            BigDecimal.TWO, BigDecimal.valueOf(5), 5, BigDecimal.ZERO);

    public FundamentalConfig {
        ConfigChecks.percent("riskPct", riskPct, false);
        ConfigChecks.percent("maxPositionPct", maxPositionPct, false);
        ConfigChecks.percent("stopLossPct", stopLossPct, true);
        ConfigChecks.percent("takeProfitPct", takeProfitPct, true);
        ConfigChecks.atLeast("timeStopDays", timeStopDays, 1);
        Objects.requireNonNull(minScore, "minScore");
    }

    /** The bracket percentages and the position cap as entry rules. */
    EntryRules entry() {
        return new EntryRules(maxPositionPct, stopLossPct, takeProfitPct);
    }
}
