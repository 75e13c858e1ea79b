package io.tradebot.screener.earnings.service;

import io.tradebot.screener.earnings.calendar.EarningsRow;
import java.time.LocalDate;
import java.util.List;

/**
 * What a run read from the calendar, every page complete.
 *
 * @param source  the source it came from
 * @param read    dates whose page was read
 * @param missing dates the source had no page for
 * @param rows    every company of every page read
 */
public record CalendarRead(String source, List<LocalDate> read, List<LocalDate> missing, List<EarningsRow> rows) {
}
