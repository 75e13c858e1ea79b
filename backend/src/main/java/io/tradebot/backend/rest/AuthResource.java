package io.tradebot.backend.rest;

import io.tradebot.backend.auth.LoginRequest;
import io.tradebot.backend.auth.LoginResponse;
import io.tradebot.backend.service.AuthService;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Login: credentials in, a signed access token out. */
@Path("/api/auth")
@PermitAll
public class AuthResource {

    private final AuthService auth;

    public AuthResource(AuthService auth) {
        this.auth = auth;
    }

    /** 200 with a token, 401 for a wrong username or password, 400 for a missing field. */
    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public LoginResponse login(LoginRequest request) {
        return auth.login(request);
    }
}
