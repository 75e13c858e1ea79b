package io.tradebot.common.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The JWT parser every service verifies bearer tokens with: smallrye-jwt's own, plus a memory of tokens it
 * has already verified. A service sends the same token on every call until it expires, and checking its
 * RS256 signature each time was an eighth of ibkr-client's CPU per order. A token is taken from memory only
 * when it is the exact same string that passed verification (so the same signature and claims) and only
 * until its own expiry time; anything else is verified in full. At most {@value #CAPACITY} tokens are kept
 * (the memory is emptied when full), and a token without an expiry is never kept.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache extends DefaultJWTParser {

    static final int CAPACITY = 10_000;

    private final Map<String, JsonWebToken> verified = new ConcurrentHashMap<>();
    private final Clock clock;

    public VerifiedTokenCache() {
        this(Clock.systemUTC());
    }

    VerifiedTokenCache(Clock clock) {
        this.clock = clock;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.get(token);
        if (known != null) {
            if (unexpired(known)) {
                return known;
            }
            verified.remove(token);
        }
        JsonWebToken parsed = super.parse(token);
        if (parsed.getExpirationTime() > 0) {
            if (verified.size() >= CAPACITY) {
                verified.clear();
            }
            verified.put(token, parsed);
        }
        return parsed;
    }

    private boolean unexpired(JsonWebToken token) {
        return clock.instant().getEpochSecond() < token.getExpirationTime();
    }

    /** How many verified tokens are kept now. */
    int size() {
        return verified.size();
    }
}
