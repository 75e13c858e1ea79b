package io.tradebot.gateway.rest;

import io.tradebot.gateway.proxy.ProxyResponse;
import io.tradebot.gateway.service.ProxyService;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Every {@code /api/**} request, whatever its method, goes to the backend and its answer comes back. */
@Path("/api")
public class ApiProxyResource {

    private final ProxyService proxy;

    public ApiProxyResource(ProxyService proxy) {
        this.proxy = proxy;
    }

    @GET
    @Path("{path: .*}")
    @Operation(hidden = true)
    public Response get(@Context UriInfo uri, @Context HttpHeaders headers, @Context HttpServerRequest request,
            InputStream body) {
        return forward("GET", uri, headers, request, body);
    }

    @POST
    @Path("{path: .*}")
    @Operation(hidden = true)
    public Response post(@Context UriInfo uri, @Context HttpHeaders headers, @Context HttpServerRequest request,
            InputStream body) {
        return forward("POST", uri, headers, request, body);
    }

    @PUT
    @Path("{path: .*}")
    @Operation(hidden = true)
    public Response put(@Context UriInfo uri, @Context HttpHeaders headers, @Context HttpServerRequest request,
            InputStream body) {
        return forward("PUT", uri, headers, request, body);
    }

    @DELETE
    @Path("{path: .*}")
    @Operation(hidden = true)
    public Response delete(@Context UriInfo uri, @Context HttpHeaders headers, @Context HttpServerRequest request,
            InputStream body) {
        return forward("DELETE", uri, headers, request, body);
    }

    @PATCH
    @Path("{path: .*}")
    @Operation(hidden = true)
    public Response patch(@Context UriInfo uri, @Context HttpHeaders headers, @Context HttpServerRequest request,
            InputStream body) {
        return forward("PATCH", uri, headers, request, body);
    }

    private Response forward(String method, UriInfo uri, HttpHeaders headers, HttpServerRequest request,
            InputStream body) {
        URI requestUri = uri.getRequestUri();
        ProxyResponse answer = proxy.forward(method, requestUri.getRawPath(), requestUri.getRawQuery(),
                headers::getHeaderString, headers.getLength(), body, request.remoteAddress().host());
        Response.ResponseBuilder response = Response.status(answer.status())
                .entity(answer.body().length == 0 ? null : answer.body())
                .header("Cache-Control", "no-store");
        answer.headers().forEach(response::header);
        return response.build();
    }
}
