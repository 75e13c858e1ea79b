package io.tradebot.screener.earnings.rest;

import io.tradebot.common.problem.Problem;
import io.tradebot.screener.earnings.calendar.CalendarPageException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A calendar page that could not be used is the upstream's failure: 502, saying which date and why, nothing written. */
public class CalendarFailureMapper {

    @ServerExceptionMapper
    public Response calendarFailed(CalendarPageException e) {
        return Problem.of(502, "The " + e.getMessage() + " (" + e.reason().tag() + "); nothing was written").toResponse();
    }
}
