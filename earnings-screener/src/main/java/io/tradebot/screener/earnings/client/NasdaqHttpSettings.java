package io.tradebot.screener.earnings.client;

import java.net.URI;
import java.time.Duration;

/**
 * How the live source talks to NASDAQ.
 *
 * @param url        base URL of the API
 * @param userAgent  the browser User-Agent sent
 * @param pacing     least time between two requests
 * @param maxRetries retries after a 429, a 5xx or no answer
 * @param backoff    wait before the first retry, doubled for each later one
 * @param maxBackoff longest wait before a retry
 * @param timeout    timeout of one request
 */
public record NasdaqHttpSettings(URI url, String userAgent, Duration pacing, int maxRetries, Duration backoff,
        Duration maxBackoff, Duration timeout) {

    public NasdaqHttpSettings {
        if (url == null || userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("url and userAgent are required");
        }
        if (pacing.isNegative() || backoff.isNegative() || maxBackoff.isNegative() || maxRetries < 0
                || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("pacing, backoff and retries must be zero or more, timeout positive");
        }
    }
}
