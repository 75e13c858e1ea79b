package io.tradebot.backend.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tradebot.devkit.TradebotTestResource;
import org.junit.jupiter.api.Test;

/** In the test profile ibkr-client's URL is a closed local port. */
@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_backend"))
class AccountResourceTest {

    @Test
    void answers503ProblemWhenTheBrokerGatewayIsUnreachable() {
        given().header("Authorization", TestTokens.viewer()).get("/api/account")
                .then().statusCode(503).contentType("application/problem+json")
                .body("status", equalTo(503)).body("detail", equalTo("broker gateway unavailable"));
    }

    @Test
    void answers503ProblemForPositionsWhenTheBrokerGatewayIsUnreachable() {
        given().header("Authorization", TestTokens.viewer()).get("/api/positions")
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", equalTo("broker gateway unavailable"));
    }

    @Test
    void requiresAToken() {
        given().get("/api/account").then().statusCode(401);
    }
}
