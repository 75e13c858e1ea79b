package io.tradebot.backend.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tradebot.devkit.IbkrClientStandIn;
import io.tradebot.devkit.IbkrClientStandInResource;
import io.tradebot.devkit.TradebotTestResource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ibkr-client is replaced, at the HTTP boundary only, by an {@link IbkrClientStandIn} serving recorded responses. */
@QuarkusTest
@WithTestResource(value = IbkrClientStandInResource.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_backend"))
class AccountFromIbkrClientResourceTest {

    IbkrClientStandIn ibkr;

    @BeforeEach
    void serveRecordedAccountAndPositions() {
        ibkr.account(recording("account.json"));
        ibkr.positions(recording("positions.json"));
    }

    private static String recording(String name) {
        try (InputStream in = AccountFromIbkrClientResourceTest.class.getResourceAsStream("/ibkr-client/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void returnsTheAccountIbkrClientReports() {
        given().header("Authorization", TestTokens.viewer()).get("/api/account")
                .then().statusCode(200)
                .body("accountId", equalTo("DU1234567"))
                .body("currency", equalTo("USD"))
                .body("cash", equalTo(87450.25f))
                .body("equity", equalTo(100012.75f))
                .body("buyingPower", equalTo(200025.5f))
                .body("unrealizedPnl", equalTo(12.5f))
                .body("asOf", equalTo("2024-03-04T15:30:00Z"));
    }

    @Test
    void returnsThePositionsIbkrClientReports() {
        given().header("Authorization", TestTokens.viewer()).get("/api/positions")
                .then().statusCode(200)
                .body("symbol", contains("AAPL", "TSLA"))
                .body("[1].quantity", equalTo(-20))
                .body("[0].avgCost", equalTo(170.1f));
    }
}
