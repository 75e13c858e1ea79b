package io.tradebot.strategy.fill;

import java.util.Optional;

/** What one bar did to an order: possibly an execution, and whether the stop is triggered after the bar. */
public record BarOutcome(Optional<BarExecution> execution, boolean triggered) {
}
