package io.tradebot.screener.earnings.client;

import static io.tradebot.screener.earnings.calendar.RecordedPages.PAST;
import static io.tradebot.screener.earnings.calendar.RecordedPages.UPCOMING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradebot.screener.earnings.calendar.CalendarPageException;
import io.tradebot.screener.earnings.calendar.CalendarPageException.Reason;
import io.tradebot.screener.earnings.calendar.RecordedPages;
import io.tradebot.screener.earnings.client.NasdaqStandIn.Answer;
import io.tradebot.screener.earnings.client.NasdaqStandIn.Request;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The live source against a stand-in NASDAQ over real HTTP. */
class NasdaqHttpCalendarSourceTest {

    private final NasdaqStandIn nasdaq = NasdaqStandIn.start();

    @AfterEach
    void stop() {
        nasdaq.close();
    }

    @Test
    void fetchesTheRecordedPageWithBrowserLikeHeaders() {
        var source = source(Duration.ZERO, 0, Duration.ZERO);

        assertThat(source.page(UPCOMING)).contains(RecordedPages.body(UPCOMING));

        Request request = nasdaq.requests().getFirst();
        assertThat(request.date()).isEqualTo(UPCOMING);
        assertThat(request.header("User-Agent")).startsWith("Mozilla/5.0");
        assertThat(request.header("Accept")).contains("application/json");
        assertThat(request.header("Accept-Language")).startsWith("en-US");
        assertThat(request.header("Origin")).isEqualTo("https://www.nasdaq.com");
        assertThat(request.header("Referer")).isEqualTo("https://www.nasdaq.com/");
    }

    @Test
    void aForbiddenAnswerIsNotRetried() {
        nasdaq.script(PAST, new Answer(403, "<html><body>Access Denied</body></html>", null));
        var source = source(Duration.ZERO, 3, Duration.ofMillis(10));

        assertThatThrownBy(() -> source.page(PAST)).isInstanceOfSatisfying(CalendarPageException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.HTTP_403));
        assertThat(nasdaq.requests()).hasSize(1);
    }

    @Test
    void rateLimitingIsRetriedWithBackoffUntilThePageComes() {
        nasdaq.script(PAST, new Answer(429, "", null), new Answer(429, "", null), new Answer(503, "busy", null));
        var source = source(Duration.ZERO, 3, Duration.ofMillis(100));

        assertThat(source.page(PAST)).contains(RecordedPages.body(PAST));

        List<Request> requests = nasdaq.requests();
        assertThat(requests).hasSize(4);
        // back-off doubles: 100, 200, 400 ms between the four attempts
        assertThat(gapMillis(requests, 0)).isGreaterThanOrEqualTo(100);
        assertThat(gapMillis(requests, 1)).isGreaterThanOrEqualTo(200);
        assertThat(gapMillis(requests, 2)).isGreaterThanOrEqualTo(400);
    }

    @Test
    void persistentRateLimitingFailsAfterTheLastRetry() {
        nasdaq.script(PAST, new Answer(429, "", "0"), new Answer(429, "", "0"), new Answer(429, "", "0"));
        var source = source(Duration.ZERO, 2, Duration.ofMillis(10));

        assertThatThrownBy(() -> source.page(PAST)).isInstanceOfSatisfying(CalendarPageException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.HTTP_429));
        assertThat(nasdaq.requests()).hasSize(3);
    }

    @Test
    void aLongerRetryAfterWinsOverTheBackoff() {
        nasdaq.script(PAST, new Answer(429, "", "1"));
        var source = source(Duration.ZERO, 1, Duration.ofMillis(10));

        assertThat(source.page(PAST)).isPresent();
        assertThat(gapMillis(nasdaq.requests(), 0)).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void requestsArePaced() {
        var source = source(Duration.ofMillis(300), 0, Duration.ZERO);

        source.page(PAST);
        source.page(UPCOMING);
        source.page(PAST);

        assertThat(gapMillis(nasdaq.requests(), 0)).isGreaterThanOrEqualTo(300);
        assertThat(gapMillis(nasdaq.requests(), 1)).isGreaterThanOrEqualTo(300);
    }

    @Test
    void anUnreachableServerFailsAfterItsRetries() {
        URI closed = nasdaq.url();
        nasdaq.close();
        var source = new NasdaqHttpCalendarSource(new NasdaqHttpSettings(closed, "Mozilla/5.0", Duration.ZERO, 1,
                Duration.ofMillis(10), Duration.ofSeconds(1), Duration.ofSeconds(2)));

        assertThatThrownBy(() -> source.page(PAST)).isInstanceOfSatisfying(CalendarPageException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE)).hasMessageNotContaining("java.");
    }

    @Test
    void otherClientErrorsAreNotRetried() {
        var source = source(Duration.ZERO, 3, Duration.ofMillis(10));

        assertThatThrownBy(() -> source.page(PAST.plusDays(1))).isInstanceOfSatisfying(CalendarPageException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.HTTP_STATUS)).hasMessageContaining("404");
        assertThat(nasdaq.requests()).hasSize(1);
    }

    private NasdaqHttpCalendarSource source(Duration pacing, int retries, Duration backoff) {
        return new NasdaqHttpCalendarSource(new NasdaqHttpSettings(nasdaq.url(),
                "Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0", pacing, retries, backoff, Duration.ofSeconds(5),
                Duration.ofSeconds(5)));
    }

    private static long gapMillis(List<Request> requests, int index) {
        return Duration.ofNanos(requests.get(index + 1).receivedNanos() - requests.get(index).receivedNanos()).toMillis();
    }
}
