package io.tradebot.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns each kind of failure into {@code application/problem+json} on purpose. Client errors say
 * what was wrong and which field; server errors say only that something failed, never a class
 * name or stack trace (those go to the log).
 */
public class ProblemExceptionMappers {

    @ServerExceptionMapper
    public Response badValue(IllegalArgumentException e) {
        return Problem.of(400, e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    /** Well-formed JSON that does not fit: names the field and what it should be (JsonProblems). */
    @ServerExceptionMapper
    public Response unreadableJson(JsonMappingException e) {
        return JsonProblems.unfitting(e).toResponse();
    }

    /** Quarkus has its own mapper for this subtype (plain JSON, not a problem); this one is more specific for us. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return JsonProblems.malformed(e).toResponse();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        // Quarkus's JSON body reader wraps a request body that does not parse (and some that do not bind) in a 400
        if (status == 400 && e.getCause() instanceof JsonMappingException unfitting) {
            return unreadableJson(unfitting);
        }
        if (status == 400 && e.getCause() instanceof JsonProcessingException malformed) {
            return malformedJson(malformed);
        }
        if (status >= 500) {
            Log.error("Request failed", e);
            return Problem.of(status, "The server could not complete the request").toResponse();
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String detail = known == null ? "Request refused" : known.getReasonPhrase();
        return Problem.of(status, detail).toResponse();
    }

    /** No or no valid credentials: 401 with a problem body (Quarkus would send an empty one). */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return notAuthenticated();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return notAuthenticated();
    }

    /** Authenticated, but the role may not do this: 403 with a problem body. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of(403, "Your role may not do this").toResponse();
    }

    private static Response notAuthenticated() {
        return Response.fromResponse(Problem.of(401, "Authentication is required: send a valid bearer token").toResponse())
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        Log.error("Unexpected failure", e);
        return Problem.of(500, "The server could not complete the request").toResponse();
    }
}
