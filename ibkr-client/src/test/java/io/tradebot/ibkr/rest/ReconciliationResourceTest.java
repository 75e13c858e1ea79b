package io.tradebot.ibkr.rest;

import static io.tradebot.ibkr.rest.OrderFlow.awaitStatus;
import static io.tradebot.ibkr.rest.OrderFlow.body;
import static io.tradebot.ibkr.rest.OrderFlow.newId;
import static io.tradebot.ibkr.rest.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.tradebot.common.order.OrderSide;
import io.tradebot.common.order.OrderStatus;
import io.tradebot.common.order.OrderType;
import io.tradebot.common.order.OrderView;
import io.tradebot.common.order.PlaceOrderRequest;
import io.tradebot.common.order.TimeInForce;
import io.tradebot.devkit.TradebotTestResource;
import io.tradebot.ibkr.broker.BrokerGateway;
import io.tradebot.ibkr.broker.BrokerOrder;
import io.tradebot.ibkr.broker.MarketClock;
import io.tradebot.ibkr.order.BrokerReconciliation;
import io.tradebot.ibkr.order.OrderStore;
import io.tradebot.ibkr.order.OrderValidator;
import io.tradebot.ibkr.repository.OrderEntity;
import io.tradebot.ibkr.repository.OrderEventRepository;
import io.tradebot.ibkr.repository.OrderRepository;
import io.tradebot.ibkr.repository.PositionRepository;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What ibkr-client does with orders whose submission was never confirmed, as after a crash between
 * recording an order and recording the broker's answer: it asks the broker by clientOrderId and settles
 * each from the answer, never by sending it again.
 */
@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_ibkr"))
class ReconciliationResourceTest {

    @Inject
    OrderValidator validator;
    @Inject
    OrderStore store;
    @Inject
    BrokerGateway broker;
    @Inject
    MarketClock clock;
    @Inject
    BrokerReconciliation reconciliation;
    @Inject
    OrderRepository orders;
    @Inject
    OrderEventRepository events;
    @Inject
    PositionRepository positions;

    @BeforeEach
    void startFromACleanBook() {
        TradingBook.reset();
    }

    /** Records an order as placement does up to the broker call: NEW then SUBMITTED, committed. */
    private OrderEntity submittedButUnconfirmed(String id) {
        PlaceOrderRequest request = new PlaceOrderRequest(id, "reconcile-test", "KO", OrderSide.BUY, OrderType.MARKET,
                new BigDecimal("3"), null, null, TimeInForce.GTC, null);
        return store.insert(validator.validate(request), clock.now());
    }

    private List<OrderStatus> chain(String id) {
        return QuarkusTransaction.requiringNew().call(() -> events.ofOrder(orders.findByClientOrderId(id).orElseThrow().id))
                .stream().map(row -> row.toStatus).toList();
    }

    @Test
    void anUnconfirmedOrderTheBrokerReceivedIsAcceptedWithItsIdAndFillsWithoutBeingSentAgain() {
        String id = newId("recv");
        OrderEntity row = submittedButUnconfirmed(id);
        // the exchange got it; ibkr-client "stopped" before recording the acknowledgement
        broker.place(new BrokerOrder(row.id, row.clientOrderId, row.symbol, row.side, row.type, row.quantity, null, null,
                row.timeInForce, row.submittedAt));
        assertThat(OrderFlow.get(id).status().name()).isEqualTo("SUBMITTED");

        BrokerReconciliation.Result result = reconciliation.reconcile();

        assertThat(result.foundAtBroker()).isEqualTo(1);
        assertThat(result.notAtBroker()).isZero();
        // the exchange fills a MARKET order at the next minute's open, so by the time it is read it may have
        // filled already: the event chain shows that reconciliation accepted it before it filled
        assertThat(chain(id)).startsWith(OrderStatus.NEW, OrderStatus.SUBMITTED, OrderStatus.UNKNOWN, OrderStatus.ACCEPTED);
        OrderView filled = awaitStatus(id, "FILLED");
        assertThat(filled.brokerOrderId()).isEqualTo("SIM-" + row.id);
        assertThat(chain(id)).containsExactly(OrderStatus.NEW, OrderStatus.SUBMITTED, OrderStatus.UNKNOWN, OrderStatus.ACCEPTED,
                OrderStatus.FILLED);
        assertThat(filled.filledQuantity()).isEqualByComparingTo("3");
        assertThat(OrderFlow.executions(id)).hasSize(1);
    }

    @Test
    void anUnconfirmedOrderTheBrokerNeverReceivedIsRejectedAndARetryReturnsItInsteadOfResending() {
        String id = newId("lost");
        submittedButUnconfirmed(id);

        BrokerReconciliation.Result result = reconciliation.reconcile();

        assertThat(result.notAtBroker()).isEqualTo(1);
        OrderView settled = OrderFlow.get(id);
        assertThat(settled.status().name()).isEqualTo("REJECTED");
        assertThat(settled.rejectReason()).startsWith("NOT_AT_BROKER: ");
        assertThat(chain(id)).containsExactly(OrderStatus.NEW, OrderStatus.SUBMITTED, OrderStatus.UNKNOWN, OrderStatus.REJECTED);
        as("service").contentType(ContentType.JSON).body(body(id, "reconcile-test", "KO", "BUY", "MARKET", 3))
                .post("/api/v1/orders").then().statusCode(200).body("status", equalTo("REJECTED"));
        assertThat(broker.lookup(id)).isEmpty();
        assertThat(OrderFlow.executions(id)).isEmpty();
    }

    @Test
    void reportsAPositionThatDiffersFromWhatTheExecutionsAddUpTo() {
        String id = newId("pos");
        OrderFlow.place(body(id, "reconcile-test", "PFE", "BUY", "MARKET", 5));
        awaitStatus(id, "FILLED");
        assertThat(reconciliation.reconcile().positionMismatches()).isEmpty();

        QuarkusTransaction.requiringNew().run(() -> positions.findById("PFE").quantity = new BigDecimal("6"));
        assertThat(reconciliation.reconcile().positionMismatches()).containsExactly("PFE: broker 6.0000, executions 5.0000");
        QuarkusTransaction.requiringNew().run(() -> positions.findById("PFE").quantity = new BigDecimal("5"));
    }

    @Test
    void readinessReportsTheReconciliation() {
        RestAssured.get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'broker-reconciliation' }.status", equalTo("UP"));
    }
}
