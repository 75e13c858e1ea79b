package io.tradebot.screener.fundamental.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A stored model as the API shows it.
 *
 * @param symbol       the company
 * @param horizon      HOUR or DAY
 * @param kind         REGRESSION or MARKOV
 * @param windowStart  start of the first bar trained on (UTC)
 * @param windowEnd    start of the last bar trained on (UTC)
 * @param session      New York date of the last bar
 * @param observations regression rows, or Markov transitions
 * @param parameters   the model and its output
 * @param metrics      its fit
 * @param trainedAt    when it was trained
 */
public record ModelView(String symbol, Horizon horizon, ModelKind kind, Instant windowStart, Instant windowEnd,
        LocalDate session, int observations, Map<String, Object> parameters, Map<String, Object> metrics,
        Instant trainedAt) {
}
