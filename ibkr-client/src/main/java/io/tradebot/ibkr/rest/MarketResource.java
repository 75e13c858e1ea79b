package io.tradebot.ibkr.rest;

import io.tradebot.common.market.BarView;
import io.tradebot.common.market.ClockView;
import io.tradebot.common.market.TopGainerView;
import io.tradebot.common.security.Roles;
import io.tradebot.ibkr.service.MarketService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The market clock, bars and the scanner. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SERVICE, Roles.ADMIN, Roles.TRADER, Roles.VIEWER})
@Tag(name = "Market data", description = "Clock, bars and scanner; nothing is served before the market clock reaches it")
public class MarketResource {

    private final MarketService market;

    public MarketResource(MarketService market) {
        this.market = market;
    }

    @GET
    @Path("/clock")
    @Operation(summary = "The market clock: now, trading date, session, mode and speed (a replay clock in sim mode)")
    public ClockView clock() {
        return market.clock();
    }

    @GET
    @Path("/marketdata/{symbol}/bars")
    @Operation(summary = "Daily bars of a symbol whose session has closed by the market clock's now")
    public List<BarView> bars(@PathParam("symbol") String symbol,
            @Parameter(description = "Bar size; only 1day so far (the default)") @QueryParam("size") String size,
            @Parameter(description = "First date, yyyy-MM-dd (default: the first recorded)") @QueryParam("from") String from,
            @Parameter(description = "Last date, yyyy-MM-dd (default: today on the market clock)") @QueryParam("to") String to) {
        return market.bars(symbol, size, from, to);
    }

    @GET
    @Path("/scanner/top-gainers")
    @Operation(summary = "Top % gainers (close against previous close) of the last session closed by asOf")
    public List<TopGainerView> topGainers(
            @Parameter(description = "Rows, 1-100 (default 10)") @QueryParam("limit") Integer limit,
            @Parameter(description = "Minimum close in USD") @QueryParam("minPrice") String minPrice,
            @Parameter(description = "Minimum volume in shares") @QueryParam("minVolume") Long minVolume,
            @Parameter(description = "ISO instant, or yyyy-MM-dd meaning that date's close; never later than the clock's now (the default)")
            @QueryParam("asOf") String asOf) {
        return market.topGainers(limit, minPrice, minVolume, asOf);
    }
}
