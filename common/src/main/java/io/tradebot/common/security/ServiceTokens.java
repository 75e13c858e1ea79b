package io.tradebot.common.security;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs the short-lived tokens (group {@code service}) a service presents when it calls another.
 * A token is reused until a minute before it expires.
 */
@ApplicationScoped
public class ServiceTokens {

    private static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final Duration RENEW_BEFORE = Duration.ofMinutes(1);

    private final String serviceName;
    private String token;
    private Instant expiresAt = Instant.EPOCH;

    public ServiceTokens(@ConfigProperty(name = "quarkus.application.name") String serviceName) {
        this.serviceName = serviceName;
    }

    /** A valid service token for this service. */
    public synchronized String token() {
        Instant now = Instant.now();
        if (token == null || now.isAfter(expiresAt.minus(RENEW_BEFORE))) {
            expiresAt = now.plus(LIFETIME);
            token = Jwt.issuer(Roles.ISSUER)
                    .subject(serviceName)
                    .upn(serviceName)
                    .groups(Set.of(Roles.SERVICE))
                    .expiresAt(expiresAt)
                    .sign();
        }
        return token;
    }
}
