package io.tradebot.strategy.macdvwap.client;

import io.tradebot.common.order.OrderView;
import io.tradebot.common.order.PlaceOrderRequest;
import io.tradebot.common.security.ServiceTokenHeaders;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * {@code POST /api/v1/orders} of ibkr-client with its status kept: 201 is a new order, 200 the one this clientOrderId
 * already named, which the shared {@code IbkrClientApi} cannot tell apart.
 */
@Path("/api/v1/orders")
@RegisterRestClient(configKey = "ibkr-client")
@RegisterClientHeaders(ServiceTokenHeaders.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface OrderApi {

    /** Places an order; the same clientOrderId and fields again answer 200 with the existing order. */
    @POST
    RestResponse<OrderView> place(PlaceOrderRequest request);
}
