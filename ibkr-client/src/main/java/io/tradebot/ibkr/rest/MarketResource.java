package io.tradebot.ibkr.rest;

import io.tradebot.common.market.BarView;
import io.tradebot.common.market.ClockView;
import io.tradebot.common.market.FundamentalsView;
import io.tradebot.common.market.QuoteView;
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

/** The market clock, bars, quotes, fundamentals and the scanner. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SERVICE, Roles.ADMIN, Roles.TRADER, Roles.VIEWER})
@Tag(name = "Market data", description = "Clock, bars, quotes, fundamentals and scanner; nothing is served before the market clock reaches it")
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
    @Operation(summary = "Bars of a symbol that have completed by the market clock's now; intraday bars of symbols "
            + "without recorded minutes are derived from their daily bar (derived=true)")
    public List<BarView> bars(@PathParam("symbol") String symbol,
            @Parameter(description = "Bar size: 1min, 5min or 1day (the default)") @QueryParam("size") String size,
            @Parameter(description = "Start, yyyy-MM-dd (New York) or ISO instant; default: the first recorded day "
                    + "(1day), the start of to's day (intraday)") @QueryParam("from") String from,
            @Parameter(description = "End, yyyy-MM-dd (inclusive) or ISO instant (exclusive); default: now. "
                    + "Intraday ranges span at most 14 days") @QueryParam("to") String to) {
        return market.bars(symbol, size, from, to);
    }

    @GET
    @Path("/marketdata/{symbol}/quote")
    @Operation(summary = "Last trade, bid/ask (1 bp spread model) and volume so far today, as of the market clock's now")
    public QuoteView quote(@PathParam("symbol") String symbol) {
        return market.quote(symbol);
    }

    @GET
    @Path("/fundamentals/{symbol}")
    @Operation(summary = "Fundamentals of a company (EPS, P/E, market cap in USD, EBITDA, ...) from the bundled 2017-03-08 snapshot")
    public FundamentalsView fundamentals(@PathParam("symbol") String symbol) {
        return market.fundamentals(symbol);
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
