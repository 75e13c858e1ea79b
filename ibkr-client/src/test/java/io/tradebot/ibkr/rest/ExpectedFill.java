package io.tradebot.ibkr.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The first fill of a small order, worked out bar by bar from the CSV the way the README describes it
 * (written independently of the service's fill model; no slippage, no volume cap).
 */
record ExpectedFill(CsvBars bar, BigDecimal price, boolean atOpen) {

    static Optional<ExpectedFill> limit(List<CsvBars> bars, boolean buy, BigDecimal limit) {
        for (CsvBars bar : bars) {
            if (buy ? bar.open().compareTo(limit) <= 0 : bar.open().compareTo(limit) >= 0) {
                return Optional.of(new ExpectedFill(bar, bar.open(), true));
            }
            if (buy ? bar.low().compareTo(limit) <= 0 : bar.high().compareTo(limit) >= 0) {
                return Optional.of(new ExpectedFill(bar, limit, false));
            }
        }
        return Optional.empty();
    }

    static Optional<ExpectedFill> stop(List<CsvBars> bars, boolean buy, BigDecimal stop) {
        for (CsvBars bar : bars) {
            if (buy ? bar.open().compareTo(stop) >= 0 : bar.open().compareTo(stop) <= 0) {
                return Optional.of(new ExpectedFill(bar, bar.open(), true));
            }
            if (buy ? bar.high().compareTo(stop) >= 0 : bar.low().compareTo(stop) <= 0) {
                return Optional.of(new ExpectedFill(bar, stop, false));
            }
        }
        return Optional.empty();
    }

    /** A stop-limit: on the trigger bar only at the trigger price if within the limit, afterwards as a limit. */
    static Optional<ExpectedFill> stopLimit(List<CsvBars> bars, boolean buy, BigDecimal stop, BigDecimal limit) {
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
