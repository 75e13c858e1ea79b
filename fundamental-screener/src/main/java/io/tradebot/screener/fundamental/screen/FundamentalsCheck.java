package io.tradebot.screener.fundamental.screen;

import io.tradebot.common.market.FundamentalsView;
import java.util.Optional;

/** The fundamentals filter: EPS above 0, P/E within the range, market cap at least the minimum; a missing number fails. */
public final class FundamentalsCheck {

    private FundamentalsCheck() {
    }

    /** Why {@code f} fails {@code criteria}, or empty when it passes. */
    public static Optional<String> failure(FundamentalsView f, PipelineCriteria criteria) {
        if (f == null) {
            return Optional.of("no fundamentals");
        }
        if (f.eps() == null || f.eps().signum() <= 0) {
            return Optional.of("EPS " + f.eps() + " is not above 0");
        }
        if (f.pe() == null || f.pe().compareTo(criteria.minPe()) < 0 || f.pe().compareTo(criteria.maxPe()) > 0) {
            return Optional.of("P/E " + f.pe() + " is outside " + criteria.minPe() + ".." + criteria.maxPe());
        }
        if (f.marketCap() == null || f.marketCap().compareTo(criteria.minMarketCap()) < 0) {
            return Optional.of("market cap " + f.marketCap() + " is below " + criteria.minMarketCap());
        }
        return Optional.empty();
    }
}
