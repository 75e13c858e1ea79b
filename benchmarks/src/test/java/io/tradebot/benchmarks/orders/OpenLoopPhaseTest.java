package io.tradebot.benchmarks.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Against a one-thread stand-in of {@code POST /api/v1/orders} whose first answer stalls. */
class OpenLoopPhaseTest {

    private static final byte[] ACCEPTED = """
            {"clientOrderId":"x","strategy":"benchmark","symbol":"AAPL","side":"BUY","type":"MARKET","quantity":1,
             "status":"ACCEPTED","filledQuantity":0,"commission":0}""".getBytes(StandardCharsets.UTF_8);

    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void chargesTheOrdersThatWaitedBehindAStallFromTheirIntendedSendTime() throws Exception {
        URI url = start(Duration.ofMillis(500));

        PhaseResult result = phase(url).run("fixed", 20, 2, 1);

        assertThat(result.sent()).isEqualTo(40);
        assertThat(result.accepted()).isEqualTo(40);
        assertThat(result.unsent()).isZero();
        LatencySummary intended = result.latencies().get(0);
        LatencySummary service = result.latencies().get(1);
        assertThat(intended.basis()).isEqualTo(LatencySummary.INTENDED);
        assertThat(intended.count()).isEqualTo(40);
        // the 9 orders scheduled during the 500 ms stall (one every 50 ms) waited up to 450 ms before they could leave
        assertThat(intended.p90()).isGreaterThan(200);
        assertThat(service.p90()).isLessThan(150);
        assertThat(service.max()).isGreaterThanOrEqualTo(500);
    }

    @Test
    void countsWhatTheScheduleCouldNotSendBeforeThePhaseEndedApartFromTheLatencies() throws Exception {
        URI url = start(Duration.ofMillis(1500));

        PhaseResult result = phase(url).run("fixed", 50, 1, 1);

        assertThat(result.sent()).isEqualTo(1);
        assertThat(result.unsent()).isEqualTo(49);
        assertThat(result.scheduled()).isEqualTo(50);
        LatencySummary intended = result.latencies().get(0);
        assertThat(intended.count()).isEqualTo(1);
        assertThat(intended.max()).isGreaterThanOrEqualTo(1500);
    }

    private static OpenLoopPhase phase(URI url) {
        OrderClient client = new OrderClient(url, "token", Duration.ofSeconds(10), 4);
        return new OpenLoopPhase(client, new OrderFlow("test"));
    }

    private URI start(Duration firstAnswerDelay) throws IOException {
        AtomicInteger calls = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        server.setExecutor(Executors.newSingleThreadExecutor());
        server.createContext("/api/v1/orders", exchange -> {
            exchange.getRequestBody().readAllBytes();
            if (calls.getAndIncrement() == 0) {
                sleep(firstAnswerDelay);
            }
            exchange.sendResponseHeaders(201, ACCEPTED.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(ACCEPTED);
            }
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void sleep(Duration duration) {
        try {
            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
