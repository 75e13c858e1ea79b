package io.tradebot.ibkr.adapters.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tradebot.common.order.OrderSide;
import io.tradebot.common.order.OrderStatus;
import io.tradebot.common.order.OrderType;
import io.tradebot.common.order.TimeInForce;
import io.tradebot.devkit.TradebotTestResource;
import io.tradebot.ibkr.broker.BrokerAck;
import io.tradebot.ibkr.broker.BrokerOrder;
import io.tradebot.ibkr.repository.SimExchangeOrderRepository;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The sim exchange's book of received orders: one receipt per clientOrderId, whatever is sent again. */
@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_ibkr"))
class SimExchangeReceiptTest {

    @Inject
    SimBrokerGateway exchange;

    @Inject
    SimExchangeOrderRepository receipts;

    private static BrokerOrder order(long orderId, String clientOrderId, String symbol) {
        return new BrokerOrder(orderId, clientOrderId, symbol, OrderSide.BUY, OrderType.MARKET, BigDecimal.ONE, null, null,
                TimeInForce.DAY, Instant.now());
    }

    private long booked(String clientOrderId) {
        return QuarkusTransaction.requiringNew().call(() -> receipts.count("clientOrderId", clientOrderId));
    }

    @Test
    void answersAClientOrderIdReceivedAgainWithTheFirstReceiptAndBooksItOnce() {
        String first = "receipt-" + UUID.randomUUID();
        String fresh = "receipt-" + UUID.randomUUID();
        assertThat(exchange.place(order(900_001, first, "KO")).brokerOrderId()).isEqualTo("SIM-900001");

        // sent again under another local id, alone and together with a new one
        assertThat(exchange.place(order(900_002, first, "KO")).brokerOrderId()).isEqualTo("SIM-900001");
        List<BrokerAck> both = exchange.placeAll(List.of(order(900_003, first, "KO"), order(900_004, fresh, "PFE")));

        assertThat(both).extracting(BrokerAck::brokerOrderId).containsExactly("SIM-900001", "SIM-900004");
        assertThat(both).extracting(BrokerAck::status).containsOnly(OrderStatus.ACCEPTED);
        assertThat(booked(first)).isEqualTo(1);
        assertThat(booked(fresh)).isEqualTo(1);
        assertThat(exchange.lookup(fresh).orElseThrow().brokerOrderId()).isEqualTo("SIM-900004");
    }

    @Test
    void rejectsAnOrderForASymbolWithoutAMarketAndBooksNothingForIt() {
        String unknown = "receipt-" + UUID.randomUUID();
        String known = "receipt-" + UUID.randomUUID();

        List<BrokerAck> acks = exchange.placeAll(List.of(order(900_010, unknown, "NOPE"), order(900_011, known, "KO")));

        assertThat(acks.get(0).status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(acks.get(0).rejectReason()).contains("No market for NOPE");
        assertThat(acks.get(1).brokerOrderId()).isEqualTo("SIM-900011");
        assertThat(booked(unknown)).isZero();
        assertThat(exchange.lookup(unknown)).isEmpty();
    }
}
