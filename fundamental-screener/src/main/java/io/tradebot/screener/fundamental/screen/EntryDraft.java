package io.tradebot.screener.fundamental.screen;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A watchlist entry about to be written.
 *
 * @param symbol  the stock
 * @param score   its score (the rule decides what it measures)
 * @param reasons every number behind it, for the reasons JSON
 */
public record EntryDraft(String symbol, BigDecimal score, Map<String, Object> reasons) {
}
