package io.tradebot.devkit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The OrderView {@link IbkrClientStandIn} answers an accepted order with: SUBMITTED, echoing the order's id, symbol and quantity. */
final class OrderEcho {

    private static final Pattern FIELD = Pattern.compile("\"(clientOrderId|symbol|quantity)\"\\s*:\\s*\"?([^\",}]+)");

    private OrderEcho() {
    }

    static String of(String placeOrderRequest) {
        return """
                {"clientOrderId":"%s","brokerOrderId":"SIM-1","strategy":"fundamental","symbol":"%s","side":"BUY",
                 "type":"MARKET","quantity":%s,"timeInForce":"DAY","status":"SUBMITTED","filledQuantity":0,
                 "commission":0,"createdAt":"2024-03-05T14:05:00Z","updatedAt":"2024-03-05T14:05:00Z"}"""
                .formatted(field(placeOrderRequest, "clientOrderId"), field(placeOrderRequest, "symbol"),
                        field(placeOrderRequest, "quantity"));
    }

    /** The request's clientOrderId, "" when it has none. */
    static String clientOrderId(String placeOrderRequest) {
        return field(placeOrderRequest, "clientOrderId");
    }

    private static String field(String json, String name) {
        Matcher matcher = FIELD.matcher(json);
        while (matcher.find()) {
            if (matcher.group(1).equals(name)) {
                return matcher.group(2);
            }
        }
        return "";
    }
}
