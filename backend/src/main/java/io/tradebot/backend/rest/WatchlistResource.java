package io.tradebot.backend.rest;

import io.tradebot.backend.service.WatchlistQueryService;
import io.tradebot.common.security.Roles;
import io.tradebot.common.watchlist.WatchlistEntryView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** What the screeners found, newest trading day first (at most 200 entries). */
@Path("/api/watchlists")
@RolesAllowed({Roles.ADMIN, Roles.TRADER, Roles.VIEWER})
@Produces(MediaType.APPLICATION_JSON)
public class WatchlistResource {

    private final WatchlistQueryService watchlists;

    public WatchlistResource(WatchlistQueryService watchlists) {
        this.watchlists = watchlists;
    }

    /** Optionally of one trading day ({@code yyyy-MM-dd}) and one source (FUNDAMENTAL or EARNINGS). */
    @GET
    public List<WatchlistEntryView> entries(@QueryParam("date") String date, @QueryParam("source") String source) {
        return watchlists.entries(date, source);
    }
}
