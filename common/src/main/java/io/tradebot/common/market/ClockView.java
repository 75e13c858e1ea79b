package io.tradebot.common.market;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The market clock: in {@code sim} mode a replay clock over bundled history, otherwise the wall clock.
 *
 * @param now         the market's current instant
 * @param tradingDate the US/Eastern calendar date of {@code now}
 * @param session     which part of the trading day {@code now} is in
 * @param mode        {@code sim}, {@code paper} or {@code live}
 * @param speed       simulated seconds per real second (1 outside {@code sim})
 */
public record ClockView(Instant now, LocalDate tradingDate, Session session, String mode, double speed) {
}
