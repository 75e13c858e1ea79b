package io.tradebot.ibkr.rest;

import io.tradebot.common.market.BarView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The first fill of a small order, worked out minute by minute from the 1-minute bars the API serves, the
 * way the README describes it (written independently of the service's fill model; no slippage, no volume
 * cap): at the open when a minute opens through the price, else at the price once the minute has ended.
 */
record ExpectedFill(BarView bar, BigDecimal price, boolean atOpen) {

    /** When the execution happened: the minute's start for a fill at the open, else its end. */
    Instant executedAt() {
        return atOpen ? bar.start() : bar.start().plusSeconds(60);
    }

    static Optional<ExpectedFill> limit(List<BarView> bars, boolean buy, BigDecimal limit) {
        for (BarView bar : bars) {
            if (buy ? bar.open().compareTo(limit) <= 0 : bar.open().compareTo(limit) >= 0) {
                return Optional.of(new ExpectedFill(bar, bar.open(), true));
            }
            if (buy ? bar.low().compareTo(limit) <= 0 : bar.high().compareTo(limit) >= 0) {
                return Optional.of(new ExpectedFill(bar, limit, false));
            }
        }
        return Optional.empty();
    }

    static Optional<ExpectedFill> stop(List<BarView> bars, boolean buy, BigDecimal stop) {
        for (BarView bar : bars) {
            if (buy ? bar.open().compareTo(stop) >= 0 : bar.open().compareTo(stop) <= 0) {
                return Optional.of(new ExpectedFill(bar, bar.open(), true));
            }
            if (buy ? bar.high().compareTo(stop) >= 0 : bar.low().compareTo(stop) <= 0) {
                return Optional.of(new ExpectedFill(bar, stop, false));
            }
        }
        return Optional.empty();
    }

    /** A stop-limit: on the trigger minute only at the trigger price if within the limit, afterwards as a limit. */
    static Optional<ExpectedFill> stopLimit(List<BarView> bars, boolean buy, BigDecimal stop, BigDecimal limit) {
        for (int i = 0; i < bars.size(); i++) {
            Optional<ExpectedFill> trigger = stop(List.of(bars.get(i)), buy, stop);
            if (trigger.isPresent()) {
                BigDecimal at = trigger.get().price();
                if (buy ? at.compareTo(limit) <= 0 : at.compareTo(limit) >= 0) {
                    return trigger;
                }
                return limit(bars.subList(i + 1, bars.size()), buy, limit);
            }
        }
        return Optional.empty();
    }
}
