package io.tradebot.screener.fundamental.rest;

import io.quarkus.logging.Log;
import io.tradebot.common.problem.Problem;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * When ibkr-client fails, callers get 502 or 503, never ibkr-client's own status (a 400 from it
 * would wrongly blame the caller's request) and never its error text.
 */
public class UpstreamFailureMappers {

    @ServerExceptionMapper
    public Response upstreamRefused(ClientWebApplicationException e) {
        Log.warnf("ibkr-client answered %d", e.getResponse().getStatus());
        return Problem.of(502, "ibkr-client refused the request").toResponse();
    }

    @ServerExceptionMapper
    public Response upstreamUnreachable(ProcessingException e) {
        Log.warnf("ibkr-client unreachable: %s", e.getMessage());
        return Problem.of(503, "ibkr-client is unreachable; try again shortly").toResponse();
    }

    @ServerExceptionMapper
    public Response upstreamUnavailable(FaultToleranceException e) {
        Log.warnf("ibkr-client call gave up: %s", e.toString());
        return Problem.of(503, "ibkr-client is not answering; try again shortly").toResponse();
    }
}
