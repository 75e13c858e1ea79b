package io.tradebot.screener.fundamental.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A fitted model, ready to be stored.
 *
 * @param horizon      HOUR or DAY
 * @param kind         REGRESSION or MARKOV
 * @param windowStart  start of the first bar trained on
 * @param windowEnd    start of the last bar trained on
 * @param session      New York date of the last bar
 * @param observations regression rows, or Markov transitions
 * @param parameters   what the model is, and its output ({@code prediction} or {@code adverseProbability})
 * @param metrics      how well it fits
 */
public record TrainedModel(Horizon horizon, ModelKind kind, Instant windowStart, Instant windowEnd, LocalDate session,
        int observations, Map<String, Object> parameters, Map<String, Object> metrics) {
}
