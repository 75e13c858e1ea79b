package io.tradebot.screener.earnings.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.tradebot.screener.earnings.calendar.RecordedPages;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local stand-in for {@code api.nasdaq.com} over real HTTP: answers {@code /api/calendar/earnings?date=...}
 * with the recorded response of that date (404 when there is none), or with answers a test scripts first.
 */
public final class NasdaqStandIn implements AutoCloseable {

    /** One answer: status, body and an optional Retry-After. */
    public record Answer(int status, String body, String retryAfter) {
    }

    /** One request as received. */
    public record Request(LocalDate date, long receivedNanos, Map<String, List<String>> headers) {

        /** The first value of {@code name}, or null. */
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    private final HttpServer server;
    private final Map<LocalDate, Deque<Answer>> scripted = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private NasdaqStandIn(HttpServer server) {
        this.server = server;
    }

    /** Starts on a free port of the loopback interface. */
    public static NasdaqStandIn start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            NasdaqStandIn standIn = new NasdaqStandIn(server);
            server.createContext("/api/calendar/earnings", standIn::handle);
            server.start();
            return standIn;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Its base URL. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The next requests for {@code date} get these answers, in order; then the recorded page again. */
    public void script(LocalDate date, Answer... answers) {
        scripted.computeIfAbsent(date, d -> new ArrayDeque<>()).addAll(List.of(answers));
    }

    /** Every request received so far. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Forgets scripts and requests. */
    public void reset() {
        scripted.clear();
        requests.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        LocalDate date = LocalDate.parse(query.substring(query.indexOf("date=") + 5, query.indexOf("date=") + 15));
        requests.add(new Request(date, System.nanoTime(), Map.copyOf(exchange.getRequestHeaders())));
        Deque<Answer> queue = scripted.get(date);
        Answer answer = queue == null ? null : queue.pollFirst();
        if (answer == null) {
            answer = recorded(date);
        }
        if (answer.retryAfter() != null) {
            exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
        }
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.body().startsWith("<") ? "text/html" : "application/json");
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Answer recorded(LocalDate date) {
        boolean exists = Files.exists(RecordedPages.DIR.resolve("nasdaq_earnings_" + date + ".json"));
        return exists ? new Answer(200, RecordedPages.body(date), null) : new Answer(404, "", null);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
