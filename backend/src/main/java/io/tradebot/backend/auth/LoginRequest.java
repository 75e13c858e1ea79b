package io.tradebot.backend.auth;

/** What a user sends to log in. */
public record LoginRequest(String username, String password) {

    /** A representation that never shows the password, for logs and debuggers. */
    @Override
    public String toString() {
        return "LoginRequest[username=" + username + "]";
    }
}
