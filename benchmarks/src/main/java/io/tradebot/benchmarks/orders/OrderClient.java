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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Places orders on ibkr-client over one keep-alive HTTP/1.1 client and turns each answer into an {@link Outcome}. */
public final class OrderClient {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final HttpClient http;
    private final URI orders;
    private final String authorization;
    private final Duration timeout;

    public OrderClient(URI baseUrl, String token, Duration timeout) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        this.orders = URI.create(baseUrl + "/api/v1/orders");
        this.authorization = "Bearer " + token;
        this.timeout = timeout;
    }

    /** Sends {@code order}; the future always completes normally, with the outcome of the request. */
    public CompletableFuture<Outcome> place(PlaceOrderRequest order) {
        HttpRequest request = HttpRequest.newBuilder(orders)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(order)))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .handle((response, failure) -> failure == null ? outcome(response.statusCode(), response.body()) : failed(failure));
    }

    /**
     * How many of {@code strategy}'s orders are still working (not filled, cancelled, rejected or expired): each
     * one is read again by the risk check of every new order, so the figure says what the service was carrying.
     */
    public int openOrders(String strategy) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(orders + "?status=open&strategy=" + strategy))
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("Authorization", authorization)
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET open orders answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body()).size();
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
        return cause instanceof HttpTimeoutException ? Outcome.timeout(cause.getMessage()) : Outcome.failure(cause);
    }

    private static byte[] body(PlaceOrderRequest order) {
        try {
            return JSON.writeValueAsBytes(order);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
