package io.tradebot.benchmarks.orders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderClientTest {

    private static final String ORDER = """
            {"clientOrderId":"bench-1-0","brokerOrderId":"SIM-1","strategy":"benchmark","symbol":"AAPL","side":"BUY",
             "type":"MARKET","quantity":1,"timeInForce":"DAY","status":"%s","filledQuantity":0,"commission":0,
             "rejectReason":%s,"createdAt":"2015-01-02T15:00:00Z","updatedAt":"2015-01-02T15:00:00Z","future":"ignored"}""";

    @Test
    void countsACreatedOrderThatRiskLetThroughAsAcceptedUnderItsStatus() {
        Outcome outcome = OrderClient.outcome(201, ORDER.formatted("ACCEPTED", "null"));

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.ACCEPTED);
        assertThat(outcome.label()).isEqualTo("201 ACCEPTED");
        assertThat(outcome.timed()).isTrue();
    }

    @Test
    void countsARiskRejectionByItsReasonCodeAndKeepsTheReason() {
        Outcome outcome = OrderClient.outcome(201, ORDER.formatted("REJECTED",
                "\"ORDER_RATE: Strategy 'benchmark' already placed 30 orders in the last minute; the limit is 30\""));

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.REJECTED);
        assertThat(outcome.label()).isEqualTo("201 REJECTED ORDER_RATE");
        assertThat(outcome.detail()).startsWith("ORDER_RATE: Strategy 'benchmark'");
    }

    @Test
    void countsAnyOtherStatusOrAnUnreadableBodyAsAnErrorWithTheStartOfTheBody() {
        Outcome conflict = OrderClient.outcome(409, "{\"title\":\"Conflict\"}");
        Outcome garbled = OrderClient.outcome(201, "<html>");

        assertThat(conflict.kind()).isEqualTo(Outcome.Kind.ERROR);
        assertThat(conflict.label()).isEqualTo("HTTP 409");
        assertThat(conflict.detail()).contains("Conflict");
        assertThat(garbled.kind()).isEqualTo(Outcome.Kind.ERROR);
        assertThat(garbled.label()).isEqualTo("HTTP 201");
    }
}
