package io.tradebot.ibkr.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.tradebot.common.problem.Problem;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rules on every request body, applied before a resource sees it, answered as problem+json like every
 * other error: at most {@code quarkus.http.limits.max-body-size} (413), and a body must say its media type
 * (415; a wrong one is refused by the resources' {@code @Consumes}). Quarkus enforces the same limit
 * itself, but with an empty 413 and only when the client sends a Content-Length; reading the body here,
 * capped at the limit, covers chunked bodies too.
 */
@ApplicationScoped
public class RequestBodyRules {

    /** Before Quarkus's own body-size check (order -2), which would answer first with an empty body. */
    private static final int BEFORE_QUARKUS_LIMIT = -3;

    private final long limit;
    private final String tooLarge;
    private final String noMediaType;

    public RequestBodyRules(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit, ObjectMapper json) {
        this.limit = limit.asLongValue();
        this.tooLarge = write(json, Problem.of(413, "The request body is larger than " + this.limit / 1024 + " KiB"));
        this.noMediaType = write(json, Problem.of(415, "A request body needs its Content-Type: application/json"));
    }

    void install(@Observes Router router) {
        BodyHandler reader = BodyHandler.create(false).setBodyLimit(limit);
        router.route().order(BEFORE_QUARKUS_LIMIT).handler(context -> readBody(reader, context)).failureHandler(this::tooLarge);
        router.route().order(BEFORE_QUARKUS_LIMIT).handler(this::checkBody);
    }

    /**
     * Reads the body up to the limit; a request already ended has none (BodyHandler would wait for it
     * forever). HTTP/2 requests (a client's cleartext upgrade, {@code Upgrade: h2c}, as Java's HttpClient
     * sends by default) are left to Quarkus: once read here, their stream is ended and Quarkus REST's
     * {@code pause()} on it fails with a 500. Quarkus's own limit still applies to them (an empty 413).
     */
    private static void readBody(BodyHandler reader, RoutingContext context) {
        if (context.request().isEnded() || isHttp2(context)) {
            context.next();
        } else {
            reader.handle(context);
        }
    }

    private void tooLarge(RoutingContext context) {
        if (context.statusCode() != 413 || context.response().ended()) {
            context.next();
            return;
        }
        // the rest of the body is not read: close the connection after the answer, as Quarkus does
        HttpServerResponse response = context.response().putHeader(HttpHeaders.CONNECTION, "close");
        response.endHandler(ended -> context.request().connection().close());
        answer(response, 413, tooLarge);
    }

    /** A body without a Content-Type, or with a wildcard one (a range like {@code *}{@code /*} is no media type), is refused. */
    @SuppressWarnings("deprecation")
    private void checkBody(RoutingContext context) {
        if (isHttp2(context)) {
            context.next();
            return;
        }
        if (context.body().buffer() == null && context.request().isEnded()) {
            // an empty body leaves no buffer, and Quarkus REST would then wait for a body already read
            context.setBody(Buffer.buffer());
        }
        boolean hasBody = context.body().length() > 0;
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (hasBody && (type == null || type.contains("*"))) {
            answer(context.response(), 415, noMediaType);
            return;
        }
        context.next();
    }

    private static boolean isHttp2(RoutingContext context) {
        return context.request().version() == HttpVersion.HTTP_2;
    }

    private static void answer(HttpServerResponse response, int status, String problem) {
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(problem);
    }

    private static String write(ObjectMapper json, Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
