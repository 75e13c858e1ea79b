package io.tradebot.benchmarks.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpConnectionTest {

    private HttpServer server;
    private URI base;
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final List<String> remotePorts = new CopyOnWriteArrayList<>();
    private final CountDownLatch stall = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/fixed", exchange -> answer(exchange, 201, "{\"status\":\"ACCEPTED\"}", false));
        server.createContext("/chunked", exchange -> answer(exchange, 200, "[" + "{\"n\":1},".repeat(2000) + "{\"n\":2}]", true));
        server.createContext("/conflict", exchange -> answer(exchange, 409, "{\"title\":\"Conflict\"}", false));
        server.createContext("/slow", exchange -> {
            try {
                stall.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200, "late", false);
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        stall.countDown();
        server.stop(0);
    }

    private void answer(HttpExchange exchange, int status, String body, boolean chunked) throws IOException {
        seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + exchange.getRequestHeaders().getFirst("Authorization")
                + " " + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        remotePorts.add(Integer.toString(exchange.getRemoteAddress().getPort()));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, chunked ? 0 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void sendsTheRequestWithItsHeadersAndBodyAndReadsAFixedLengthAnswer() throws IOException {
        try (HttpConnection connection = new HttpConnection(base, Duration.ofSeconds(5))) {
            HttpConnection.Response response = connection.exchange("POST", "/fixed", "Authorization: Bearer t\r\n",
                    "{\"q\":1}".getBytes(StandardCharsets.UTF_8));

            assertThat(response.status()).isEqualTo(201);
            assertThat(response.body()).isEqualTo("{\"status\":\"ACCEPTED\"}");
            assertThat(seen).containsExactly("POST /fixed Bearer t {\"q\":1}");
        }
    }

    @Test
    void readsAChunkedAnswerWhole() throws IOException {
        try (HttpConnection connection = new HttpConnection(base, Duration.ofSeconds(5))) {
            HttpConnection.Response response = connection.exchange("GET", "/chunked", "", null);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).startsWith("[{\"n\":1},").endsWith("{\"n\":2}]").hasSize(2 + 8 * 2000 + 7);
        }
    }

    @Test
    void keepsOneConnectionForRequestAfterRequestWhateverTheStatus() throws IOException {
        try (HttpConnection connection = new HttpConnection(base, Duration.ofSeconds(5))) {
            assertThat(connection.exchange("POST", "/fixed", "", new byte[0]).status()).isEqualTo(201);
            assertThat(connection.exchange("POST", "/conflict", "", new byte[0]).status()).isEqualTo(409);
            assertThat(connection.exchange("GET", "/chunked", "", null).status()).isEqualTo(200);
            assertThat(connection.exchange("POST", "/fixed", "", new byte[0]).body()).contains("ACCEPTED");
        }

        assertThat(remotePorts).hasSize(4).containsOnly(remotePorts.get(0));
    }

    @Test
    void timesOutOnAnAnswerThatDoesNotComeAndOpensANewConnectionForTheNextRequest() throws IOException {
        try (HttpConnection connection = new HttpConnection(base, Duration.ofMillis(300))) {
            assertThatThrownBy(() -> connection.exchange("GET", "/slow", "", null)).isInstanceOf(SocketTimeoutException.class);
            stall.countDown();

            // on the old connection the late answer would come first and be taken for this request's
            HttpConnection.Response next = connection.exchange("POST", "/fixed", "", new byte[0]);
            assertThat(next.status()).isEqualTo(201);
            assertThat(next.body()).isEqualTo("{\"status\":\"ACCEPTED\"}");
        }
    }
}
