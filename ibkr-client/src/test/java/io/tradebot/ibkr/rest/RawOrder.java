package io.tradebot.ibkr.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A {@code POST /orders} body written as raw JSON text, field by field, so a test can put any token
 * where a value belongs: {@code NaN}, {@code 1e1000000000}, an object where a number is expected.
 * Starts as a valid AAPL MARKET BUY of 10 shares.
 */
final class RawOrder {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String clientOrderId;
    private final Map<String, String> fields = new LinkedHashMap<>();

    private RawOrder(String clientOrderId) {
        this.clientOrderId = clientOrderId;
        fields.put("clientOrderId", quoted(clientOrderId));
        fields.put("strategy", quoted("bad-input-test"));
        fields.put("symbol", quoted("AAPL"));
        fields.put("side", quoted("BUY"));
        fields.put("type", quoted("MARKET"));
        fields.put("quantity", "10");
    }

    static RawOrder valid() {
        return new RawOrder("bad-" + UUID.randomUUID());
    }

    /** The clientOrderId the body started with (it may have been replaced since). */
    String clientOrderId() {
        return clientOrderId;
    }

    /** Sets {@code field} to {@code rawJson}, written as is. */
    RawOrder with(String field, String rawJson) {
        fields.put(field, rawJson);
        return this;
    }

    RawOrder without(String field) {
        fields.remove(field);
        return this;
    }

    String json() {
        return fields.entrySet().stream().map(e -> quoted(e.getKey()) + ":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** {@code text} as a JSON string literal. */
    static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
