package io.tradebot.backend.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.tradebot.backend.auth.UserView;
import io.tradebot.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Who the caller is. */
@Path("/api/me")
@RolesAllowed({Roles.ADMIN, Roles.TRADER, Roles.VIEWER})
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private static final List<String> USER_ROLES = List.of(Roles.ADMIN, Roles.TRADER, Roles.VIEWER);

    private final SecurityIdentity identity;

    public MeResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The caller's username and role, from their token. */
    @GET
    public UserView me() {
        String role = USER_ROLES.stream().filter(identity::hasRole).findFirst().orElseThrow();
        return new UserView(identity.getPrincipal().getName(), role);
    }
}
