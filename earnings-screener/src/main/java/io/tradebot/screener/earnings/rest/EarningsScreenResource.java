package io.tradebot.screener.earnings.rest;

import io.tradebot.common.problem.ProblemException;
import io.tradebot.common.security.Roles;
import io.tradebot.screener.earnings.service.EarningsRunSummary;
import io.tradebot.screener.earnings.service.EarningsScreenService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jboss.resteasy.reactive.RestQuery;

/** Runs the earnings screen on demand. */
@Path("/api/v1/screens/earnings")
@Produces(MediaType.APPLICATION_JSON)
public class EarningsScreenResource {

    private final EarningsScreenService screens;

    public EarningsScreenResource(EarningsScreenService screens) {
        this.screens = screens;
    }

    /**
     * Reads the calendar for every date from {@code from} to {@code to} (both included), writes the earnings
     * events and the watchlist entries of those likely to beat; a broken page writes nothing (502).
     */
    @POST
    @Path("/run")
    @RolesAllowed({ Roles.ADMIN, Roles.SERVICE })
    public EarningsRunSummary run(@RestQuery String from, @RestQuery String to) {
        return screens.run(parse("from", from), parse("to", to));
    }

    private static LocalDate parse(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badField(field, field + " is required, as yyyy-MM-dd");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badField(field, field + " must be yyyy-MM-dd, was '" + value + "'");
        }
    }
}
