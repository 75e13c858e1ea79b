package io.tradebot.backend.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.tradebot.backend.service.AdminBootstrap;
import io.tradebot.backend.user.Passwords;
import io.tradebot.common.security.Roles;
import io.tradebot.devkit.TradebotTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_backend"))
class AuthResourceTest {

    private static final String PASSWORD = "correct horse battery staple";

    @Inject
    AdminBootstrap users;

    private void ensureTrader() {
        users.createUser("trader1", Passwords.hash(PASSWORD), Roles.TRADER);
    }

    private static Response login(Object body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/auth/login");
    }

    @Test
    void issuesATokenThatOpensTheCallersProfile() {
        ensureTrader();
        var response = login(Map.of("username", "trader1", "password", PASSWORD));
        response.then().statusCode(200).body("role", equalTo("TRADER")).body("accessToken", notNullValue());
        Instant expiresAt = Instant.parse(response.path("expiresAt"));
        assertThat(expiresAt)
                .isBetween(Instant.now().plus(Duration.ofMinutes(55)), Instant.now().plus(Duration.ofMinutes(61)));

        given().header("Authorization", "Bearer " + response.path("accessToken"))
                .get("/api/me")
                .then().statusCode(200).body("username", equalTo("trader1")).body("role", equalTo("TRADER"));
    }

    @Test
    void refusesAWrongPasswordWithProblemJson() {
        ensureTrader();
        login(Map.of("username", "trader1", "password", "wrong"))
                .then().statusCode(401).contentType("application/problem+json")
                .body("status", equalTo(401)).body("detail", equalTo("Invalid username or password"));
    }

    @Test
    void refusesAnUnknownUserWithTheSameMessage() {
        login(Map.of("username", "nobody", "password", PASSWORD))
                .then().statusCode(401).contentType("application/problem+json")
                .body("detail", equalTo("Invalid username or password"));
    }

    @Test
    void namesTheMissingUsername() {
        login(Map.of("password", PASSWORD))
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("username"));
    }

    @Test
    void namesTheMissingPassword() {
        login(Map.of("username", "trader1"))
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("password"));
    }

    @Test
    void rejectsMalformedJson() {
        login("{\"username\": ")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
    }

    @Test
    void rejectsAnEmptyBody() {
        given().contentType(ContentType.JSON).post("/api/auth/login")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("username"));
    }

    @Test
    void requiresATokenForTheProfile() {
        given().get("/api/me").then().statusCode(401);
        given().header("Authorization", "Bearer not-a-token").get("/api/me").then().statusCode(401);
    }

    @Test
    void forbidsAServiceTokenFromReadingAUserProfile() {
        given().header("Authorization", TestTokens.bearer("svc", Roles.SERVICE))
                .get("/api/me").then().statusCode(403);
    }
}
