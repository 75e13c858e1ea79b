package io.tradebot.ibkr.rest;

import static io.tradebot.ibkr.rest.OrderFlow.awaitStatus;
import static io.tradebot.ibkr.rest.OrderFlow.body;
import static io.tradebot.ibkr.rest.OrderFlow.newId;
import static io.tradebot.ibkr.rest.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.mockito.InjectSpy;
import io.restassured.http.ContentType;
import io.tradebot.common.order.OrderView;
import io.tradebot.devkit.TradebotTestResource;
import io.tradebot.ibkr.adapters.sim.SimBrokerGateway;
import io.tradebot.ibkr.order.OrderStore;
import io.tradebot.ibkr.order.ValidOrder;
import io.tradebot.ibkr.repository.OrderWriteException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The broker adapter fails while an order is being placed (a lost connection, an answer that never
 * comes): the order is UNKNOWN, a retry returns it without sending it again, and a lookup at the broker
 * by clientOrderId settles it shortly after, as the exchange saw it. And the database's answer to the new row
 * is lost after its commit: the call fails, and its retry hands the recorded order to the broker, once.
 */
@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_ibkr"))
class UnconfirmedPlacementResourceTest {

    @InjectSpy
    SimBrokerGateway broker;

    @InjectSpy
    OrderStore store;

    @BeforeEach
    void startFromACleanBook() {
        TradingBook.reset();
    }

    private static OrderView post(Map<String, Object> body, int status) {
        return as("service").contentType(ContentType.JSON).body(body).post("/api/v1/orders")
                .then().statusCode(status).extract().as(OrderView.class);
    }

    @Test
    void anAcknowledgementLostAfterTheExchangeGotTheOrderIsUnknownThenAcceptedAndFilledOnce() {
        doAnswer(call -> {
            // a remote broker keeps what it received whatever becomes of our transaction: the sim books the receipt on a
            // thread of its own, so it commits on its own, as a real exchange's would
            CompletableFuture.runAsync(() -> {
                try {
                    call.callRealMethod();
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            }).join();
            throw new IllegalStateException("connection reset before the acknowledgement arrived");
        }).when(broker).placeAll(anyList());
        String id = newId("lost-ack");
        Map<String, Object> body = body(id, "unconfirmed-test", "KO", "BUY", "MARKET", 4);

        OrderView placed = post(body, 201);
        assertThat(placed.status().name()).isEqualTo("UNKNOWN");
        assertThat(post(body, 200).status().name()).isIn("UNKNOWN", "ACCEPTED", "FILLED");
        verify(broker, times(1)).placeAll(anyList());

        OrderView settled = awaitStatus(id, "FILLED");
        assertThat(settled.brokerOrderId()).startsWith("SIM-");
        assertThat(OrderFlow.executions(id)).hasSize(1);
        verify(broker, times(1)).placeAll(anyList());
    }

    @Test
    void aHandOverWhoseTransactionFailsLeavesNoReceiptAtTheSimExchangeSoTheOrderIsRejectedAndNeverFilled() {
        // the sim books its receipt in the transaction that records the acknowledgement; that transaction fails after it
        doAnswer(call -> {
            call.callRealMethod();
            throw new IllegalStateException("the acknowledgement could not be recorded");
        }).when(broker).placeAll(anyList());
        String id = newId("rolled-back");

        assertThat(post(body(id, "unconfirmed-test", "KO", "BUY", "MARKET", 4), 201).status().name()).isEqualTo("UNKNOWN");

        OrderView settled = awaitStatus(id, "REJECTED");
        assertThat(settled.rejectReason()).startsWith("NOT_AT_BROKER: ");
        assertThat(broker.lookup(id)).isEmpty();
        assertThat(OrderFlow.executions(id)).isEmpty();
        verify(broker, times(1)).placeAll(anyList());
    }

    @Test
    void aHandOverTheDatabaseGaveUpIsRunAgainSinceTheSimsReceiptRolledBackWithIt() {
        AtomicInteger calls = new AtomicInteger();
        doAnswer(call -> {
            Object acks = call.callRealMethod();
            if (calls.incrementAndGet() == 1) {
                // as MariaDB answers a deadlock: the whole transaction, receipt included, is rolled back
                throw new OrderWriteException(new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213));
            }
            return acks;
        }).when(broker).placeAll(anyList());
        String id = newId("deadlock");

        OrderView placed = post(body(id, "unconfirmed-test", "KO", "BUY", "MARKET", 4), 201);

        assertThat(placed.status().name()).isEqualTo("ACCEPTED");
        verify(broker, times(2)).placeAll(anyList());
        assertThat(broker.lookup(id)).isPresent();
        awaitStatus(id, "FILLED");
        assertThat(OrderFlow.executions(id)).hasSize(1);
    }

    @Test
    void anOrderThatNeverReachedTheExchangeIsUnknownThenRejectedAndNeverSent() {
        doThrow(new IllegalStateException("connection refused")).when(broker).placeAll(anyList());
        String id = newId("never-sent");

        assertThat(post(body(id, "unconfirmed-test", "KO", "BUY", "MARKET", 4), 201).status().name()).isEqualTo("UNKNOWN");

        OrderView settled = awaitStatus(id, "REJECTED");
        assertThat(settled.rejectReason()).startsWith("NOT_AT_BROKER: ");
        assertThat(broker.lookup(id)).isEmpty();
        as("VIEWER").get("/api/v1/orders/" + id).then().body("status", equalTo("REJECTED"));
        verify(broker, times(1)).placeAll(anyList());
    }

    /**
     * Places a fresh order whose new row commits but whose answer is lost (the connection drops after the commit): the
     * call fails (500) with the order recorded. Returns the body, for the retry.
     */
    private Map<String, Object> placeLosingTheAnswerToItsInsert(String prefix) {
        doAnswer(call -> {
            call.callRealMethod();
            throw new OrderWriteException(new SQLException("Communications link failure after the commit", "08S01"));
        }).doCallRealMethod().when(store).insert(any(ValidOrder.class), any(Instant.class), any());
        Map<String, Object> body = body(newId(prefix), "unconfirmed-test", "KO", "BUY", "MARKET", 3);
        as("service").contentType(ContentType.JSON).body(body).post("/api/v1/orders").then().statusCode(500);
        return body;
    }

    @Test
    void anOrderRecordedByACallThatFailedAfterTheCommitIsHandedOverByItsRetryOnce() {
        Map<String, Object> body = placeLosingTheAnswerToItsInsert("lost-insert");
        String id = (String) body.get("clientOrderId");

        assertThat(OrderFlow.get(id).status().name()).isEqualTo("SUBMITTED");
        verify(broker, never()).placeAll(anyList());

        OrderView placed = post(body, 201);
        assertThat(placed.status().name()).isEqualTo("ACCEPTED");
        assertThat(post(body, 200).status().name()).isIn("ACCEPTED", "FILLED");
        verify(broker, times(1)).placeAll(anyList());
        awaitStatus(id, "FILLED");
        assertThat(OrderFlow.executions(id)).hasSize(1);
        verify(broker, times(1)).placeAll(anyList());
    }

    @Test
    void anOrderRecordedButNeverHandedOverBeforeAHaltIsRejectedByItsRetryNotSent() {
        Map<String, Object> body = placeLosingTheAnswerToItsInsert("lost-insert-halt");
        String id = (String) body.get("clientOrderId");
        setTradingState("HALTED");
        try {
            OrderView retried = post(body, 201);

            assertThat(retried.status().name()).isEqualTo("REJECTED");
            assertThat(retried.rejectReason()).startsWith("TRADING_HALTED");
            assertThat(OrderFlow.get(id).status().name()).isEqualTo("REJECTED");
            verify(broker, never()).placeAll(anyList());
            assertThat(broker.lookup(id)).isEmpty();
        } finally {
            setTradingState("ACTIVE");
        }
    }

    private static void setTradingState(String state) {
        as("ADMIN").contentType(ContentType.JSON).body(Map.of("state", state, "reason", "test: lost insert answer"))
                .put("/api/v1/risk/state").then().statusCode(200);
    }
}
