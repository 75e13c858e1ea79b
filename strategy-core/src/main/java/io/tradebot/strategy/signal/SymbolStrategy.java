package io.tradebot.strategy.signal;

import java.util.List;

/**
 * One symbol's evaluation of a strategy. The intents for a bar depend only on the bars fed so far (this one
 * included) and on the event's position, equity and candidate: never on earlier positions or on the wall clock. A
 * live service can therefore rebuild it after a restart by feeding the recent bars again and act only on the last
 * bar's intents.
 */
public interface SymbolStrategy {

    /**
     * Feeds the next bar, once it has closed, and returns what to do at its close (empty: nothing).
     *
     * @throws IllegalArgumentException when the bar does not start after the previous one, or is for another symbol
     */
    List<TradeIntent> onBar(BarEvent event);
}
