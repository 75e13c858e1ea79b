package io.tradebot.screener.earnings.client;

import static io.tradebot.screener.earnings.calendar.CalendarPageException.Reason.HTTP_403;
import static io.tradebot.screener.earnings.calendar.CalendarPageException.Reason.HTTP_429;
import static io.tradebot.screener.earnings.calendar.CalendarPageException.Reason.HTTP_5XX;
import static io.tradebot.screener.earnings.calendar.CalendarPageException.Reason.HTTP_STATUS;
import static io.tradebot.screener.earnings.calendar.CalendarPageException.Reason.UNREACHABLE;

import io.quarkus.logging.Log;
import io.tradebot.screener.earnings.calendar.CalendarPageException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * NASDAQ's calendar API over HTTP, as a browser would ask for it: browser-like headers, at most one request
 * per pacing interval, and retries with doubling back-off on 429, 5xx and network failures. A 403 (blocked)
 * is not retried.
 */
public final class NasdaqHttpCalendarSource implements CalendarSource {

    private final NasdaqHttpSettings settings;
    private final HttpClient http;
    private final Object pace = new Object();
    private long nextRequestNanos = System.nanoTime();

    public NasdaqHttpCalendarSource(NasdaqHttpSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    public Optional<String> page(LocalDate date) {
        HttpRequest request = request(date);
        for (int attempt = 0;; attempt++) {
            Duration wait;
            CalendarPageException failure;
            try {
                HttpResponse<String> response = pacedSend(request);
                int status = response.statusCode();
                if (status == 200) {
                    return Optional.of(response.body());
                }
                failure = statusFailure(date, status);
                if (status != 429 && status < 500) {
                    throw failure;
                }
                wait = retryAfter(response).orElse(backoff(attempt));
            } catch (IOException e) {
                Log.debugf(e, "Earnings calendar %s: no answer", date);
                failure = new CalendarPageException(date, UNREACHABLE, "NASDAQ did not answer (connection failed or timed out)", e);
                wait = backoff(attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CalendarPageException(date, UNREACHABLE, "interrupted while fetching", e);
            }
            if (attempt >= settings.maxRetries()) {
                throw failure;
            }
            wait = wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
            Log.warnf("Earnings calendar %s: %s; retry %d of %d in %d ms", date, failure.getMessage(), attempt + 1,
                    settings.maxRetries(), wait.toMillis());
            sleep(date, wait);
        }
    }

    @Override
    public String describe() {
        return "nasdaq:" + settings.url();
    }

    private HttpRequest request(LocalDate date) {
        URI uri = URI.create(settings.url().toString().replaceAll("/+$", "") + "/api/calendar/earnings?date=" + date);
        // No Accept-Encoding: the JDK client does not decompress, and NASDAQ answers plain text without it.
        return HttpRequest.newBuilder(uri).timeout(settings.timeout()).GET()
                .header("User-Agent", settings.userAgent())
                .header("Accept", "application/json, text/plain, */*")
                .header("Accept-Language", "en-US,en;q=0.9")
                .header("Origin", "https://www.nasdaq.com")
                .header("Referer", "https://www.nasdaq.com/")
                .build();
    }

    private static CalendarPageException statusFailure(LocalDate date, int status) {
        if (status == 403) {
            return new CalendarPageException(date, HTTP_403, "NASDAQ refused the request (403)");
        }
        if (status == 429) {
            return new CalendarPageException(date, HTTP_429, "NASDAQ rate-limited the request (429)");
        }
        return new CalendarPageException(date, status >= 500 ? HTTP_5XX : HTTP_STATUS, "NASDAQ answered " + status);
    }

    private Duration backoff(int attempt) {
        return settings.backoff().multipliedBy(1L << Math.min(attempt, 20));
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").filter(v -> v.trim().matches("\\d{1,6}"))
                .map(v -> Duration.ofSeconds(Long.parseLong(v.trim())));
    }

    /**
     * Sends one request at least the pacing interval after the previous one finished (measured from its
     * answer, so a slow answer never lets two requests arrive closer than the interval), one at a time.
     */
    private HttpResponse<String> pacedSend(HttpRequest request) throws IOException, InterruptedException {
        synchronized (pace) {
            long waitNanos = nextRequestNanos - System.nanoTime();
            if (waitNanos > 0) {
                Thread.sleep(Duration.ofNanos(waitNanos));
            }
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } finally {
                nextRequestNanos = System.nanoTime() + settings.pacing().toNanos();
            }
        }
    }

    private static void sleep(LocalDate date, Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CalendarPageException(date, UNREACHABLE, "interrupted while waiting to retry", e);
        }
    }
}
