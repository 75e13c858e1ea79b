package io.tradebot.screener.fundamental.screen;

import io.tradebot.common.market.TopGainerView;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A top gainer that passed the screen.
 *
 * @param rank   1 for the biggest gain among those that passed
 * @param gainer the scanner row it came from
 */
public record SelectedGainer(int rank, TopGainerView gainer) {

    /** The entry's score: the session's % change. */
    public BigDecimal score() {
        return gainer.changePct();
    }

    /** Every number the decision used, for the watchlist entry's reasons JSON. */
    public Map<String, Object> reasons(ScreenCriteria criteria) {
        Map<String, Object> reasons = new LinkedHashMap<>();
        reasons.put("rule", "top-gainer");
        reasons.put("rank", rank);
        reasons.put("scanDate", gainer.date() == null ? null : gainer.date().toString());
        reasons.put("previousClose", gainer.previousClose());
        reasons.put("close", gainer.close());
        reasons.put("changePct", gainer.changePct());
        reasons.put("volume", gainer.volume());
        reasons.put("filters", criteria.asMap());
        return reasons;
    }
}
