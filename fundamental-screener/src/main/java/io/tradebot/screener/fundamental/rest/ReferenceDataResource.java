package io.tradebot.screener.fundamental.rest;

import io.tradebot.common.security.Roles;
import io.tradebot.screener.fundamental.service.CompanyLoader;
import io.tradebot.screener.fundamental.service.FundamentalsLoader;
import io.tradebot.screener.fundamental.service.LoadCounts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Reloads the company list and the fundamentals snapshots on demand; both are idempotent. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceDataResource {

    private final CompanyLoader companies;
    private final FundamentalsLoader fundamentals;

    public ReferenceDataResource(CompanyLoader companies, FundamentalsLoader fundamentals) {
        this.companies = companies;
        this.fundamentals = fundamentals;
    }

    /** Loads the bundled S&P 500 list into {@code company}. */
    @POST
    @Path("/companies/load")
    @RolesAllowed({ Roles.ADMIN, Roles.SERVICE })
    public LoadCounts loadCompanies() {
        return companies.loadBundled();
    }

    /** Loads every company's fundamentals from ibkr-client into {@code fundamentals}. */
    @POST
    @Path("/fundamentals/load")
    @RolesAllowed({ Roles.ADMIN, Roles.SERVICE })
    public LoadCounts loadFundamentals() {
        return fundamentals.loadAll();
    }
}
