package io.tradebot.backend.rest;

import io.tradebot.backend.service.OrderQueryService;
import io.tradebot.common.order.OrderView;
import io.tradebot.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Orders as recorded in MySQL, newest first. */
@Path("/api/orders")
@RolesAllowed({Roles.ADMIN, Roles.TRADER, Roles.VIEWER})
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {

    private final OrderQueryService orders;

    public OrderResource(OrderQueryService orders) {
        this.orders = orders;
    }

    /** Optionally of one status and one symbol; {@code limit} 1..500, default 100. */
    @GET
    public List<OrderView> orders(@QueryParam("status") String status, @QueryParam("symbol") String symbol,
            @QueryParam("limit") String limit) {
        return orders.orders(status, symbol, limit);
    }
}
