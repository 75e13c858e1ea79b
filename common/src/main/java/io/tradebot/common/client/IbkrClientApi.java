package io.tradebot.common.client;

import io.tradebot.common.account.AccountView;
import io.tradebot.common.account.PositionView;
import io.tradebot.common.market.BarView;
import io.tradebot.common.market.ClockView;
import io.tradebot.common.market.FundamentalsView;
import io.tradebot.common.market.QuoteView;
import io.tradebot.common.market.TopGainerView;
import io.tradebot.common.order.ExecutionView;
import io.tradebot.common.order.OrderView;
import io.tradebot.common.order.PlaceOrderRequest;
import io.tradebot.common.order.TradeView;
import io.tradebot.common.security.ServiceTokenHeaders;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The typed contract of {@code ibkr-client}, the only door to the broker. Every call carries a
 * short-lived service token. Each calling service wraps this in a bean of its own that adds
 * retries, circuit breaking and time-outs.
 */
@Path("/api/v1")
@RegisterRestClient(configKey = "ibkr-client")
@RegisterClientHeaders(ServiceTokenHeaders.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface IbkrClientApi {

    /** The market clock (replay clock in {@code sim} mode). */
    @GET
    @Path("/clock")
    ClockView clock();

    /** Bars of one symbol; {@code size} 1min, 5min or 1day; {@code from}/{@code to} {@code yyyy-MM-dd} or ISO instants. */
    @GET
    @Path("/marketdata/{symbol}/bars")
    List<BarView> bars(@PathParam("symbol") String symbol, @QueryParam("size") String size,
            @QueryParam("from") String from, @QueryParam("to") String to);

    /** A snapshot quote (last, bid, ask, volume so far today) as of the market clock's now. */
    @GET
    @Path("/marketdata/{symbol}/quote")
    QuoteView quote(@PathParam("symbol") String symbol);

    /** Fundamentals of one company (EPS, P/E, market cap, ...), with their as-of date. */
    @GET
    @Path("/fundamentals/{symbol}")
    FundamentalsView fundamentals(@PathParam("symbol") String symbol);

    /** Top % gainers of the last session completed before {@code asOf} (default: the clock's now). */
    @GET
    @Path("/scanner/top-gainers")
    List<TopGainerView> topGainers(@QueryParam("limit") Integer limit, @QueryParam("minPrice") String minPrice,
            @QueryParam("minVolume") Long minVolume, @QueryParam("asOf") String asOf);

    /** Places an order; the same {@code clientOrderId} again returns the existing order. */
    @POST
    @Path("/orders")
    OrderView placeOrder(PlaceOrderRequest request);

    /** Orders, newest first, optionally filtered. */
    @GET
    @Path("/orders")
    List<OrderView> orders(@QueryParam("status") String status, @QueryParam("strategy") String strategy,
            @QueryParam("symbol") String symbol);

    /** Cancels a working order (and a bracket parent's children); a terminal order is refused with 409. */
    @DELETE
    @Path("/orders/{clientOrderId}")
    OrderView cancelOrder(@PathParam("clientOrderId") String clientOrderId);

    /** Executions, newest first, optionally of one symbol and one order. */
    @GET
    @Path("/executions")
    List<ExecutionView> executions(@QueryParam("symbol") String symbol, @QueryParam("clientOrderId") String clientOrderId);

    /** Closed round trips, newest first, optionally of one symbol and one strategy. */
    @GET
    @Path("/trades")
    List<TradeView> trades(@QueryParam("symbol") String symbol, @QueryParam("strategy") String strategy);

    /** Open positions. */
    @GET
    @Path("/positions")
    List<PositionView> positions();

    /** The account summary. */
    @GET
    @Path("/account")
    AccountView account();
}
