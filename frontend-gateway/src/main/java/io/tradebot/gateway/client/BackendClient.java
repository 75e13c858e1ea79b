package io.tradebot.gateway.client;

import io.quarkus.logging.Log;
import io.tradebot.common.problem.ProblemException;
import io.tradebot.gateway.config.GatewayConfig;
import io.tradebot.gateway.proxy.ProxyRequest;
import io.tradebot.gateway.proxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Sends proxied requests to the backend. Not retried: a POST may not be safe to repeat, and the
 * browser refreshes on its own. Unreachable backend: 502; no answer in time: 504.
 */
@ApplicationScoped
public class BackendClient {

    static final String UNAVAILABLE = "backend unavailable";

    private final HttpClient http;
    private final String baseUrl;
    private final Duration requestTimeout;

    public BackendClient(GatewayConfig config) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.baseUrl = config.backendUrl().toString().replaceAll("/+$", "");
        this.requestTimeout = config.requestTimeout();
    }

    /** The backend's response to {@code request}, whatever its status. */
    public ProxyResponse send(ProxyRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + request.pathAndQuery()))
                .timeout(requestTimeout)
                .method(request.method(), request.body().length == 0 ? BodyPublishers.noBody()
                        : BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(builder::header);
        try {
            return toProxyResponse(http.send(builder.build(), BodyHandlers.ofByteArray()));
        } catch (HttpConnectTimeoutException e) {
            throw unavailable(request, e);
        } catch (HttpTimeoutException e) {
            Log.warnf("Backend did not answer %s %s within %s", request.method(), path(request), requestTimeout);
            throw new ProblemException(504, "backend did not answer in time");
        } catch (IOException e) {
            throw unavailable(request, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(request, e);
        }
    }

    private static ProxyResponse toProxyResponse(HttpResponse<byte[]> response) {
        Map<String, String> headers = new HashMap<>();
        for (String name : ProxyResponse.RETURNED_HEADERS) {
            response.headers().firstValue(name).ifPresent(value -> headers.put(name, value));
        }
        return new ProxyResponse(response.statusCode(), headers, response.body());
    }

    private static ProblemException unavailable(ProxyRequest request, Exception e) {
        Log.warnf("Backend unreachable for %s %s: %s", request.method(), path(request), e.toString());
        return new ProblemException(502, UNAVAILABLE);
    }

    /** The path without the query, which may carry search terms that have no business in a log. */
    private static String path(ProxyRequest request) {
        int query = request.pathAndQuery().indexOf('?');
        return query < 0 ? request.pathAndQuery() : request.pathAndQuery().substring(0, query);
    }
}
