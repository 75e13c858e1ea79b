package io.tradebot.screener.fundamental.rest;

import io.tradebot.common.problem.ProblemException;
import io.tradebot.common.security.Roles;
import io.tradebot.screener.fundamental.model.ModelView;
import io.tradebot.screener.fundamental.service.ModelService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestQuery;

/** Trains the per-company models on demand and shows the latest ones. */
@Path("/api/v1/models")
@Produces(MediaType.APPLICATION_JSON)
public class ModelResource {

    private static final Pattern SYMBOL = Pattern.compile("[A-Z][A-Z0-9.\\-]{0,15}");

    private final ModelService models;

    public ModelResource(ModelService models) {
        this.models = models;
    }

    /**
     * Trains the models of {@code symbols} (comma-separated; default: the configured list, else every company)
     * as of {@code asOf}'s close. Training a window already trained adds nothing.
     */
    @POST
    @Path("/train")
    @RolesAllowed({ Roles.ADMIN, Roles.SERVICE })
    public ModelService.TrainingSummary train(@RestQuery String asOf, @RestQuery String symbols) {
        return models.train(parseDate(asOf), parseSymbols(symbols));
    }

    /** The latest model of each horizon and kind of {@code symbol}; 404 if none was trained. */
    @GET
    @Path("/{symbol}")
    @RolesAllowed({ Roles.ADMIN, Roles.TRADER, Roles.VIEWER, Roles.SERVICE })
    public List<ModelView> latest(@PathParam("symbol") String symbol) {
        List<ModelView> latest = models.latest(symbol.toUpperCase(Locale.ROOT));
        if (latest.isEmpty()) {
            throw ProblemException.notFound("Models of " + symbol);
        }
        return latest;
    }

    private static LocalDate parseDate(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            throw ProblemException.badField("asOf", "asOf is required, as yyyy-MM-dd");
        }
        try {
            return LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw ProblemException.badField("asOf", "asOf must be yyyy-MM-dd, was '" + asOf + "'");
        }
    }

    private static List<String> parseSymbols(String symbols) {
        if (symbols == null || symbols.isBlank()) {
            return List.of();
        }
        List<String> list = Arrays.stream(symbols.split(",")).map(String::trim).map(s -> s.toUpperCase(Locale.ROOT))
                .distinct().toList();
        for (String symbol : list) {
            if (!SYMBOL.matcher(symbol).matches()) {
                throw ProblemException.badField("symbols", "'" + symbol + "' is not a symbol");
            }
        }
        return list;
    }
}
