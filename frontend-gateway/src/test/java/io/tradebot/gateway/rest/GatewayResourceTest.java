package io.tradebot.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.tradebot.devkit.TradebotTestResource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** In the test profile the backend URL is a closed local port. */
@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_gateway"))
class GatewayResourceTest {

    private static void hasSecurityHeaders(ValidatableResponse response) {
        response.header("Content-Security-Policy", equalTo("default-src 'self'; frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"));
    }

    @Test
    void answers502ProblemWhenTheBackendIsUnreachable() {
        var response = given().header("Authorization", "Bearer x").get("/api/account")
                .then().statusCode(502).contentType("application/problem+json")
                .body("status", equalTo(502)).body("detail", equalTo("backend unavailable"));
        hasSecurityHeaders(response);
    }

    @Test
    void servesTheUiWithTheIdsTheBrowserTestUses() {
        var response = given().get("/").then().statusCode(200).contentType(containsString("text/html"));
        hasSecurityHeaders(response);
        String html = response.extract().asString();
        for (String id : List.of("login-form", "username", "password", "login-button", "login-error", "account",
                "positions", "orders", "watchlists", "logout")) {
            assertThat(html).contains("id=\"" + id + "\"");
        }
        given().get("/app.js").then().statusCode(200);
        given().get("/app.css").then().statusCode(200);
    }

    @Test
    void limitsLoginAttemptsPerClientIp() {
        for (int attempt = 1; attempt <= 10; attempt++) {
            given().contentType("application/json").body("{\"username\":\"a\",\"password\":\"b\"}")
                    .post("/api/auth/login").then().statusCode(502);
        }
        given().contentType("application/json").body("{\"username\":\"a\",\"password\":\"b\"}")
                .post("/api/auth/login")
                .then().statusCode(429).contentType("application/problem+json")
                .body("status", equalTo(429))
                .header("Retry-After", notNullValue());
        given().get("/api/account").then().statusCode(502);
    }
}
