package io.tradebot.backend.auth;

/** Who the caller is, as their token says. */
public record UserView(String username, String role) {
}
