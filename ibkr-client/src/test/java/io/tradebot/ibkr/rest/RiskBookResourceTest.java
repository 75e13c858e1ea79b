package io.tradebot.ibkr.rest;

import static io.tradebot.ibkr.rest.RiskTestApi.awaitFilled;
import static io.tradebot.ibkr.rest.RiskTestApi.lastClose;
import static io.tradebot.ibkr.rest.RiskTestApi.place;
import static io.tradebot.ibkr.rest.RiskTestApi.risk;
import static io.tradebot.ibkr.rest.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.tradebot.common.account.AccountView;
import io.tradebot.common.order.OrderView;
import io.tradebot.devkit.TradebotTestResource;
import io.tradebot.ibkr.risk.RiskBook;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The in-memory risk book follows the database through fills, cancels, rejections and state changes,
 * and a difference made behind its back is found and repaired by the audit.
 */
@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_ibkr"))
class RiskBookResourceTest {

    @Inject
    RiskBook book;

    @Inject
    EntityManager em;

    @BeforeEach
    void startFromACleanBook() {
        TradingBook.reset();
    }

    private static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** The audit's differences, once it found the book quiet enough to compare. */
    private List<String> auditWhenQuiet() {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(book::audit, Optional::isPresent).orElseThrow();
    }

    @Test
    void followsFillsCancelsRejectionsAndStateChangesWithoutDrifting() {
        String bought = id("book-buy");
        place(bought, "book-test", "KO", "BUY", 7, 201);
        String sold = id("book-short");
        place(sold, "book-test", "PFE", "SELL", 3, 201);
        Map<String, Object> resting = new HashMap<>();
        resting.put("clientOrderId", id("book-limit"));
        resting.put("strategy", "book-test");
        resting.put("symbol", "GE");
        resting.put("side", "BUY");
        resting.put("type", "LIMIT");
        resting.put("quantity", 5);
        resting.put("limitPrice", lastClose("GE").multiply(new BigDecimal("0.95")).setScale(2, RoundingMode.DOWN));
        resting.put("timeInForce", "GTC");
        OrderView limit = as("service").contentType(ContentType.JSON).body(resting).post("/api/v1/orders")
                .then().statusCode(201).extract().as(OrderView.class);
        as("TRADER").delete("/api/v1/orders/" + limit.clientOrderId()).then().statusCode(200);
        awaitFilled(bought);
        awaitFilled(sold);
        RiskTestApi.setState("HALTED", "book test");
        OrderView refused = place(id("book-halted"), "book-test", "KO", "BUY", 1, 201);
        assertThat(refused.status().name()).isEqualTo("REJECTED");
        RiskTestApi.setState("ACTIVE", "book test done");

        assertThat(auditWhenQuiet()).isEmpty();
        AccountView account = as("VIEWER").get("/api/v1/account").then().statusCode(200).extract().as(AccountView.class);
        assertThat(risk().equity()).isEqualByComparingTo(account.equity());
        assertThat(risk().openPositions()).isEqualTo(2);
    }

    @Test
    void anAuditFindsAndRepairsCashChangedBehindItsBack() {
        BigDecimal before = risk().equity();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE broker_account SET cash = cash + 1000")
                .executeUpdate());
        assertThat(risk().equity()).isEqualByComparingTo(before);

        List<String> differences = auditWhenQuiet();

        assertThat(differences).singleElement().asString().startsWith("cash ");
        assertThat(risk().equity()).isEqualByComparingTo(before.add(new BigDecimal("1000")));
        assertThat(auditWhenQuiet()).isEmpty();
    }
}
