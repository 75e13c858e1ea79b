package io.tradebot.ibkr.rest;

import io.tradebot.common.order.OrderView;
import io.tradebot.common.order.PlaceOrderRequest;
import io.tradebot.common.problem.ProblemException;
import io.tradebot.common.security.Roles;
import io.tradebot.ibkr.order.OrderCancellation;
import io.tradebot.ibkr.order.OrderPlacement;
import io.tradebot.ibkr.order.OrderQueries;
import io.tradebot.ibkr.order.OrderService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Placing, cancelling and reading orders. */
@Path("/api/v1/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Orders", description = "Idempotent order placement keyed by clientOrderId")
public class OrderResource {

    private final OrderService service;
    private final OrderQueries queries;
    private final OrderCancellation cancellation;

    public OrderResource(OrderService service, OrderQueries queries, OrderCancellation cancellation) {
        this.service = service;
        this.queries = queries;
        this.cancellation = cancellation;
    }

    @POST
    @RolesAllowed({Roles.SERVICE, Roles.TRADER, Roles.ADMIN})
    @Operation(summary = "Place an order: 201 when created, 200 with the same order for a retry, 409 if the clientOrderId was used for a different order")
    public Response place(PlaceOrderRequest request) {
        OrderPlacement placement = service.place(request);
        return Response.status(placement.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(placement.order()).build();
    }

    @GET
    @RolesAllowed({Roles.SERVICE, Roles.ADMIN, Roles.TRADER, Roles.VIEWER})
    @Operation(summary = "Orders, newest first, optionally filtered")
    public List<OrderView> list(
            @Parameter(description = "An order status, or 'open' for every status that is not terminal") @QueryParam("status") String status,
            @QueryParam("strategy") String strategy, @QueryParam("symbol") String symbol) {
        return queries.list(status, strategy, symbol);
    }

    @GET
    @Path("/{clientOrderId}")
    @RolesAllowed({Roles.SERVICE, Roles.ADMIN, Roles.TRADER, Roles.VIEWER})
    @Operation(summary = "One order by its clientOrderId")
    public OrderView get(@PathParam("clientOrderId") String clientOrderId) {
        return queries.find(clientOrderId).orElseThrow(() -> ProblemException.notFound("Order '" + clientOrderId + "'"));
    }

    @DELETE
    @Path("/{clientOrderId}")
    @RolesAllowed({Roles.SERVICE, Roles.TRADER, Roles.ADMIN})
    @Operation(summary = "Cancel a working order (a bracket entry's exits too): 200 with the cancelled order, 404 unknown, 409 already terminal")
    public OrderView cancel(@PathParam("clientOrderId") String clientOrderId, @Context SecurityContext security) {
        return cancellation.cancel(clientOrderId, security.getUserPrincipal() == null ? "unknown" : security.getUserPrincipal().getName());
    }
}
