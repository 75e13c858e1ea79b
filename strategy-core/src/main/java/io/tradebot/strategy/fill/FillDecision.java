package io.tradebot.strategy.fill;

import java.math.BigDecimal;
import java.time.Instant;

/** Where and when a simulated order fills: {@code at} is the opening of the bar it fills on. */
public record FillDecision(Instant at, BigDecimal price) {
}
