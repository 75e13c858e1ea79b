package io.tradebot.ibkr.rest;

import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.util.Set;

import static io.restassured.RestAssured.given;

/** Signed tokens for tests, as the backend and the services would send them. */
final class TestTokens {

    private TestTokens() {
    }

    static String token(String role) {
        return Jwt.issuer("tradebot").upn("test-" + role).groups(Set.of(role)).sign();
    }

    /** A request carrying a bearer token of {@code role}. */
    static RequestSpecification as(String role) {
        return given().auth().oauth2(token(role));
    }
}
