package io.tradebot.gateway.rest;

import io.tradebot.gateway.service.LoginRateLimitedException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 429 problem+json with a {@code Retry-After} header when a client IP tries to log in too often. */
public class LoginRateLimitedMapper {

    @ServerExceptionMapper
    public Response rateLimited(LoginRateLimitedException e) {
        return Response.fromResponse(e.problem().toResponse())
                .header("Retry-After", e.retryAfterSeconds())
                .build();
    }
}
