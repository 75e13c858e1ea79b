package io.tradebot.strategy.fundamental.signal;

import io.tradebot.strategy.signal.TradeIntent;

/**
 * What one poll does with a NEW watchlist entry.
 *
 * @param outcome enter, wait or expire
 * @param intent  strategy-core's entry intent when entering, else null
 * @param reason  the metric's reason when expiring ({@code stale}, {@code no-bar}, {@code held}, {@code no-entry},
 *                {@code invalid}), else null
 * @param detail  why, in words, for the log
 */
public record EntryDecision(Outcome outcome, TradeIntent intent, String reason, String detail) {

    /** The three things that can become of an entry at a poll. */
    public enum Outcome {
        /** Send {@link #intent()} as an order now. */
        ENTER,
        /** Leave the entry NEW: its session has not closed yet. */
        WAIT,
        /** The entry can never be traded. */
        EXPIRE
    }

    static EntryDecision enter(TradeIntent intent) {
        return new EntryDecision(Outcome.ENTER, intent, null, intent.reason());
    }

    static EntryDecision waiting(String detail) {
        return new EntryDecision(Outcome.WAIT, null, null, detail);
    }

    static EntryDecision expire(String reason, String detail) {
        return new EntryDecision(Outcome.EXPIRE, null, reason, detail);
    }
}
