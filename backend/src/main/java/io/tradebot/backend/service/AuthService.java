package io.tradebot.backend.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.smallrye.jwt.build.Jwt;
import io.tradebot.backend.auth.LoginRequest;
import io.tradebot.backend.auth.LoginResponse;
import io.tradebot.backend.config.BackendConfig;
import io.tradebot.backend.repository.AppUserRepository;
import io.tradebot.backend.user.AppUser;
import io.tradebot.backend.user.Passwords;
import io.tradebot.common.problem.ProblemException;
import io.tradebot.common.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a user's credentials and issues their access token. Created at startup so the first login
 * does not also pay for preparing the decoy hash.
 */
@Startup
@ApplicationScoped
public class AuthService {

    static final String INVALID_CREDENTIALS = "Invalid username or password";

    private final AppUserRepository users;
    private final BackendConfig config;
    private final Counter succeeded;
    private final Counter failed;
    /** Checked against when the user does not exist, so both failures cost one bcrypt check. */
    private final String decoyHash = Passwords.hash(Passwords.generate());

    public AuthService(AppUserRepository users, BackendConfig config, MeterRegistry registry) {
        this.users = users;
        this.config = config;
        this.succeeded = registry.counter("tradebot_logins_total", "outcome", "success");
        this.failed = registry.counter("tradebot_logins_total", "outcome", "failure");
    }

    /** A token for the user when the password matches; a 401 problem otherwise. */
    public LoginResponse login(LoginRequest request) {
        LoginRequest credentials = requireFields(request);
        Optional<AppUser> user = users.findByUsername(credentials.username());
        boolean matches = Passwords.matches(credentials.password(), user.map(u -> u.passwordHash).orElse(decoyHash));
        if (user.isEmpty() || !matches) {
            failed.increment();
            Log.infof("Login refused for user '%s'", printable(credentials.username()));
            throw new ProblemException(401, INVALID_CREDENTIALS);
        }
        succeeded.increment();
        return issueToken(user.get());
    }

    private LoginResponse issueToken(AppUser user) {
        Instant expiresAt = Instant.now().plus(config.tokenLifetime());
        String token = Jwt.issuer(Roles.ISSUER)
                .upn(user.username)
                .subject(user.username)
                .groups(Set.of(user.role))
                .expiresAt(expiresAt)
                .sign();
        return new LoginResponse(token, expiresAt, user.role);
    }

    /** The username as it may appear in a log line: no control characters, bounded length. */
    private static String printable(String username) {
        String clean = username.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 64 ? clean.substring(0, 64) + "..." : clean;
    }

    private static LoginRequest requireFields(LoginRequest request) {
        if (request == null || request.username() == null || request.username().isBlank()) {
            throw ProblemException.badField("username", "Field 'username' is required");
        }
        if (request.password() == null || request.password().isEmpty()) {
            throw ProblemException.badField("password", "Field 'password' is required");
        }
        return request;
    }
}
