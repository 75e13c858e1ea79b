package io.tradebot.backend.rest;

import io.tradebot.backend.service.AccountService;
import io.tradebot.common.account.AccountView;
import io.tradebot.common.account.PositionView;
import io.tradebot.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Live account summary and positions, as ibkr-client reports them; 503 when it cannot. */
@Path("/api")
@RolesAllowed({Roles.ADMIN, Roles.TRADER, Roles.VIEWER})
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    private final AccountService accounts;

    public AccountResource(AccountService accounts) {
        this.accounts = accounts;
    }

    /** Cash, equity, buying power and P&amp;L. */
    @GET
    @Path("/account")
    public AccountView account() {
        return accounts.account();
    }

    /** Open positions. */
    @GET
    @Path("/positions")
    public List<PositionView> positions() {
        return accounts.positions();
    }
}
