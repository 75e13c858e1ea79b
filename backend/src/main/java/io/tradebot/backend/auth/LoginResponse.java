package io.tradebot.backend.auth;

import java.time.Instant;

/** A signed access token (RS256 JWT), when it expires, and the role it carries. */
public record LoginResponse(String accessToken, Instant expiresAt, String role) {
}
