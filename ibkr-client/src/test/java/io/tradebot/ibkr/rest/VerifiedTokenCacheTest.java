package io.tradebot.ibkr.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import io.tradebot.common.security.VerifiedTokenCache;
import io.tradebot.devkit.TradebotTestResource;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** Tokens verified once are served from memory only while they are the same string and unexpired. */
@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_ibkr"))
class VerifiedTokenCacheTest {

    @Inject
    JWTParser parser;

    @Test
    void theServiceVerifiesTokensThroughTheCache() {
        assertThat(parser).isInstanceOf(VerifiedTokenCache.class);
    }

    @Test
    void theSameTokenIsVerifiedOnceAndAnyChangeToItIsVerifiedInFullAndRefused() throws Exception {
        String token = TestTokens.token("TRADER");

        JsonWebToken first = parser.parse(token);
        JsonWebToken again = parser.parse(token);

        assertThat(again).isSameAs(first);
        String[] parts = token.split("\\.");
        char last = parts[2].charAt(parts[2].length() - 2);
        String forged = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 2)
                + (last == 'A' ? 'B' : 'A') + parts[2].charAt(parts[2].length() - 1);
        assertThatThrownBy(() -> parser.parse(forged)).isInstanceOf(ParseException.class);
        String otherClaims = parts[0] + "." + parts[1].substring(0, parts[1].length() - 1) + "A." + parts[2];
        assertThatThrownBy(() -> parser.parse(otherClaims)).isInstanceOf(ParseException.class);
        given().auth().oauth2(forged).get("/api/v1/orders").then().statusCode(401);
        given().auth().oauth2(token).get("/api/v1/orders").then().statusCode(200);
    }

    @Test
    void aTokenIsVerifiedAgainOnceItsExpiryHasPassed() throws Exception {
        long expiresAt = Instant.now().getEpochSecond() + 2;
        String token = Jwt.issuer("tradebot").upn("short-lived").groups(Set.of("service")).expiresAt(expiresAt).sign();
        JsonWebToken first = parser.parse(token);
        assertThat(parser.parse(token)).isSameAs(first);

        while (Instant.now().getEpochSecond() < expiresAt) {
            Thread.sleep(100);
        }

        // past its expiry the memory no longer answers: the full verification decides (within the configured clock skew)
        assertThat(parser.parse(token)).isNotSameAs(first);
    }
}
