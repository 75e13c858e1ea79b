package io.tradebot.screener.fundamental.rest;

import io.tradebot.common.problem.ProblemException;
import io.tradebot.common.security.Roles;
import io.tradebot.screener.fundamental.screen.ScreenSummary;
import io.tradebot.screener.fundamental.service.ScreenService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jboss.resteasy.reactive.RestQuery;

/** Runs the fundamental screen for a date on demand and shows what a screen found. */
@Path("/api/v1/screens/fundamental")
@Produces(MediaType.APPLICATION_JSON)
public class ScreenResource {

    private final ScreenService screens;

    public ScreenResource(ScreenService screens) {
        this.screens = screens;
    }

    /**
     * Screens the session {@code date} as of its close through the whole pipeline; a date already
     * screened returns the recorded result; a weekend or a session not yet closed is refused (400).
     */
    @POST
    @Path("/run")
    @RolesAllowed({ Roles.ADMIN, Roles.SERVICE })
    public ScreenSummary run(@RestQuery String date) {
        return screens.screenOnDemand(parse(date));
    }

    /** What the screen for {@code date} found; 404 if it has not run. */
    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.TRADER, Roles.VIEWER, Roles.SERVICE })
    public ScreenSummary get(@RestQuery String date) {
        return screens.find(parse(date)).orElseThrow(() -> ProblemException.notFound("Screen for " + date));
    }

    private static LocalDate parse(String date) {
        if (date == null || date.isBlank()) {
            throw ProblemException.badField("date", "date is required, as yyyy-MM-dd");
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw ProblemException.badField("date", "date must be yyyy-MM-dd, was '" + date + "'");
        }
    }
}
