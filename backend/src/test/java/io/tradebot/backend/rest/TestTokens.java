package io.tradebot.backend.rest;

import io.smallrye.jwt.build.Jwt;
import io.tradebot.common.security.Roles;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** Access tokens for tests, signed with the key the test resource generated. */
final class TestTokens {

    private TestTokens() {
    }

    static String bearer(String username, String role) {
        String token = Jwt.issuer(Roles.ISSUER).upn(username).subject(username).groups(Set.of(role))
                .expiresAt(Instant.now().plus(Duration.ofMinutes(5))).sign();
        return "Bearer " + token;
    }

    static String viewer() {
        return bearer("viewer", Roles.VIEWER);
    }
}
