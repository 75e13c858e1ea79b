package io.tradebot.ibkr.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.tradebot.common.order.OrderView;
import io.tradebot.common.risk.RiskStateRequest;
import io.tradebot.common.risk.RiskView;
import io.tradebot.common.security.Roles;
import io.tradebot.ibkr.risk.Flattener;
import io.tradebot.ibkr.risk.RiskStateService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The trading state (kill switch), the risk limits, and flattening every position. */
@Path("/api/v1/risk")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Risk", description = "Pre-trade risk: trading state ACTIVE/REDUCING/HALTED, limits, daily loss, flatten")
public class RiskResource {

    private final RiskStateService states;
    private final Flattener flattener;
    private final SecurityIdentity identity;

    public RiskResource(RiskStateService states, Flattener flattener, SecurityIdentity identity) {
        this.states = states;
        this.flattener = flattener;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.SERVICE, Roles.ADMIN, Roles.TRADER, Roles.VIEWER})
    @Operation(summary = "The trading state with who set it and why, the limits, start-of-day equity, today's P&L and the exposure")
    public RiskView risk() {
        return states.view();
    }

    @PUT
    @Path("/state")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set the trading state (ACTIVE, REDUCING or HALTED) with a reason; ADMIN only, audited, announced in the outbox")
    public RiskView setState(RiskStateRequest request) {
        return states.setState(request == null ? new RiskStateRequest(null, null) : request, user());
    }

    @POST
    @Path("/flatten")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set REDUCING and place a closing MARKET order for every open position; ADMIN only; returns those orders")
    public List<OrderView> flatten() {
        return flattener.flatten(user());
    }

    private String user() {
        String name = identity.getPrincipal().getName();
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
