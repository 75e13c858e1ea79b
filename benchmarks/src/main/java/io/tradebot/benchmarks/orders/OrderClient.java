package io.tradebot.benchmarks.orders;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.tradebot.common.order.OrderStatus;
import io.tradebot.common.order.OrderView;
import io.tradebot.common.order.PlaceOrderRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Places orders on ibkr-client over a pool of persistent HTTP/1.1 connections, one worker thread each, and turns
 * each answer into an {@link Outcome}. Requests wait in one queue for the next free connection, so no more than
 * {@code connections} are ever open on the service at once.
 */
public final class OrderClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final String ORDERS = "/api/v1/orders";

    private final URI baseUrl;
    private final String headers;
    private final Duration timeout;
    private final BlockingQueue<Job> jobs = new LinkedBlockingQueue<>();
    private final List<Thread> workers = new ArrayList<>();

    private record Job(String method, String path, byte[] body, CompletableFuture<HttpConnection.Response> answer) {
    }

    public OrderClient(URI baseUrl, String token, Duration timeout, int connections) {
        this.baseUrl = baseUrl;
        this.headers = "Authorization: Bearer " + token + "\r\nAccept: application/json\r\n";
        this.timeout = timeout;
        for (int i = 0; i < connections; i++) {
            workers.add(Thread.ofPlatform().name("http-" + i).daemon(true).start(this::serve));
        }
    }

    private void serve() {
        try (HttpConnection connection = new HttpConnection(baseUrl, timeout)) {
            while (!Thread.currentThread().isInterrupted()) {
                Job job = jobs.take();
                try {
                    String contentType = job.body() == null ? "" : "Content-Type: application/json\r\n";
                    job.answer().complete(connection.exchange(job.method(), job.path(), headers + contentType, job.body()));
                } catch (IOException | RuntimeException e) {
                    job.answer().completeExceptionally(e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends {@code order}; the future always completes normally, with the outcome of the request. */
    public CompletableFuture<Outcome> place(PlaceOrderRequest order) {
        CompletableFuture<HttpConnection.Response> answer = new CompletableFuture<>();
        jobs.add(new Job("POST", ORDERS, body(order), answer));
        return answer.handle((response, failure) -> failure == null ? outcome(response.status(), response.body()) : failed(failure));
    }

    /**
     * How many of {@code strategy}'s orders are still working (not filled, cancelled, rejected or expired): each
     * one is read again by the risk check of every new order, so the figure says what the service was carrying.
     */
    public int openOrders(String strategy) throws IOException {
        CompletableFuture<HttpConnection.Response> answer = new CompletableFuture<>();
        jobs.add(new Job("GET", ORDERS + "?status=open&strategy=" + strategy, null, answer));
        HttpConnection.Response response;
        try {
            response = answer.join();
        } catch (CompletionException e) {
            throw new IOException("GET open orders failed: " + e.getCause(), e.getCause());
        }
        if (response.status() != 200) {
            throw new IOException("GET open orders answered " + response.status() + ": " + response.body());
        }
        return JSON.readTree(response.body()).size();
    }

    @Override
    public void close() {
        workers.forEach(Thread::interrupt);
    }

    /** Classifies one answer of {@code POST /api/v1/orders}. */
    static Outcome outcome(int status, String body) {
        if (status != 201) {
            return Outcome.httpError(status, body);
        }
        OrderView order;
        try {
            order = JSON.readValue(body, OrderView.class);
        } catch (IOException e) {
            return Outcome.httpError(status, "unreadable order: " + body);
        }
        return order.status() == OrderStatus.REJECTED ? Outcome.rejected(order.rejectReason()) : Outcome.accepted(order.status().name());
    }

    private static Outcome failed(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause instanceof SocketTimeoutException ? Outcome.timeout(cause.getMessage()) : Outcome.failure(cause);
    }

    private static byte[] body(PlaceOrderRequest order) {
        try {
            return JSON.writeValueAsBytes(order);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
