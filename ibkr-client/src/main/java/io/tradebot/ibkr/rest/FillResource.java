package io.tradebot.ibkr.rest;

import io.tradebot.common.order.ExecutionView;
import io.tradebot.common.order.TradeView;
import io.tradebot.common.security.Roles;
import io.tradebot.ibkr.order.FillQueries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Executions and closed round trips. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fills", description = "Executions and closed trades")
public class FillResource {

    private final FillQueries queries;

    public FillResource(FillQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/executions")
    @RolesAllowed({Roles.SERVICE, Roles.ADMIN, Roles.TRADER, Roles.VIEWER})
    @Operation(summary = "Executions, newest first, optionally of one symbol and one order")
    public List<ExecutionView> executions(@QueryParam("symbol") String symbol, @QueryParam("clientOrderId") String clientOrderId) {
        return queries.executions(symbol, clientOrderId);
    }

    @GET
    @Path("/trades")
    @RolesAllowed({Roles.SERVICE, Roles.ADMIN, Roles.TRADER, Roles.VIEWER})
    @Operation(summary = "Closed round trips (entry, exit, quantity, P&L, commission, strategy), newest first")
    public List<TradeView> trades(@QueryParam("symbol") String symbol, @QueryParam("strategy") String strategy) {
        return queries.trades(symbol, strategy);
    }
}
