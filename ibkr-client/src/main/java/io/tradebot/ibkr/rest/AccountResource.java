package io.tradebot.ibkr.rest;

import io.tradebot.common.account.AccountView;
import io.tradebot.common.account.PositionView;
import io.tradebot.common.security.Roles;
import io.tradebot.ibkr.service.AccountService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The brokerage account and its positions. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SERVICE, Roles.ADMIN, Roles.TRADER, Roles.VIEWER})
@Tag(name = "Account", description = "Cash, equity, buying power and positions at the market clock's now")
public class AccountResource {

    private final AccountService accounts;

    public AccountResource(AccountService accounts) {
        this.accounts = accounts;
    }

    @GET
    @Path("/account")
    @Operation(summary = "The account summary: cash, market value, equity, Reg T buying power, realized and unrealized profit")
    public AccountView account() {
        return accounts.account();
    }

    @GET
    @Path("/positions")
    @Operation(summary = "Non-zero positions valued at the last price known to the market clock")
    public List<PositionView> positions() {
        return accounts.positions();
    }
}
