package io.tradebot.gateway.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tradebot.common.problem.ProblemException;
import io.tradebot.gateway.client.BackendClient;
import io.tradebot.gateway.proxy.ProxyRequest;
import io.tradebot.gateway.proxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Decides whether an {@code /api/**} request may pass (path shape, login rate, body size) and forwards
 * it to the backend with only the end-to-end headers it needs.
 */
@ApplicationScoped
public class ProxyService {

    /** Largest request body forwarded: 1 MiB. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    private final BackendClient backend;
    private final LoginRateLimiter loginLimiter;
    private final Counter rateLimited;

    public ProxyService(BackendClient backend, LoginRateLimiter loginLimiter, MeterRegistry registry) {
        this.backend = backend;
        this.loginLimiter = loginLimiter;
        this.rateLimited = registry.counter("tradebot_gateway_login_rate_limited_total");
    }

    /**
     * Forwards one request. {@code rawPath} and {@code rawQuery} are as the browser sent them (still
     * percent-encoded); {@code header} looks up a request header by name; only a few are forwarded.
     */
    public ProxyResponse forward(String method, String rawPath, String rawQuery, UnaryOperator<String> header,
            long declaredLength, InputStream body, String clientIp) {
        String path = canonicalPath(rawPath);
        if ("POST".equals(method) && (path.equals("/api/auth") || path.startsWith("/api/auth/"))) {
            Optional<Duration> wait = loginLimiter.tryAcquire(clientIp);
            if (wait.isPresent()) {
                rateLimited.increment();
                throw new LoginRateLimitedException(wait.get());
            }
        }
        byte[] bytes = readBody(declaredLength, body);
        String pathAndQuery = rawQuery == null ? rawPath : rawPath + "?" + rawQuery;
        return backend.send(new ProxyRequest(method, pathAndQuery, forwardedHeaders(header), bytes));
    }

    /**
     * The path as the backend will route it: percent-escapes decoded, repeated slashes merged, lower case.
     * Dot segments are refused so no request can climb out of {@code /api}.
     */
    static String canonicalPath(String rawPath) {
        String decoded;
        try {
            decoded = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(400, "The request path is not valid");
        }
        for (String segment : decoded.split("[/\\\\]")) {
            if (segment.equals(".") || segment.equals("..")) {
                throw new ProblemException(400, "The request path may not contain '.' or '..' segments");
            }
        }
        return decoded.replaceAll("/{2,}", "/").replaceAll("/$", "").toLowerCase(Locale.ROOT);
    }

    private static byte[] readBody(long declaredLength, InputStream body) {
        if (declaredLength > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        try {
            byte[] bytes = body == null ? new byte[0] : body.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw new ProblemException(400, "The request body could not be read");
        }
    }

    private static ProblemException tooLarge() {
        return new ProblemException(413, "The request body is larger than " + MAX_BODY_BYTES + " bytes");
    }

    private static Map<String, String> forwardedHeaders(UnaryOperator<String> header) {
        Map<String, String> forwarded = new HashMap<>();
        for (String name : ProxyRequest.FORWARDED_HEADERS) {
            String value = header.apply(name);
            if (value != null) {
                forwarded.put(name, value);
            }
        }
        return forwarded;
    }
}
