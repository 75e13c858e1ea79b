package io.tradebot.backend.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.tradebot.devkit.TradebotTestResource;
import org.junit.jupiter.api.Test;

/** ibkr-client is replaced, at the HTTP boundary only, by {@link IbkrClientStandIn}'s recorded responses. */
@QuarkusTest
@TestProfile(IbkrClientStandIn.Profile.class)
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_backend"))
class AccountFromIbkrClientResourceTest {

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
