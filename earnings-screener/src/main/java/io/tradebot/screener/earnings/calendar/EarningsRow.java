package io.tradebot.screener.earnings.calendar;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One company on NASDAQ's earnings calendar for one date. Every value NASDAQ leaves empty or "N/A" is null.
 *
 * @param symbol              ticker as NASDAQ writes it (e.g. {@code MOG.A})
 * @param reportDate          the calendar date the page was for
 * @param timeOfDay           before the open, after the close, or not supplied
 * @param companyName         company name, trimmed
 * @param marketCap           market capitalisation in whole US dollars
 * @param fiscalQuarterEnding the quarter reported, e.g. {@code Sep/2023}
 * @param epsForecast         consensus EPS forecast, US dollars per share
 * @param estimates           number of analysts' estimates in the consensus
 * @param lastYearReportDate  the report date of the same quarter a year before (upcoming dates only)
 * @param lastYearEps         the EPS reported then (upcoming dates only)
 * @param epsActual           the EPS reported (past dates only)
 * @param surprisePct         (actual − forecast) ÷ |forecast| in percent as NASDAQ computed it (past dates only)
 */
public record EarningsRow(String symbol, LocalDate reportDate, TimeOfDay timeOfDay, String companyName,
        BigDecimal marketCap, String fiscalQuarterEnding, BigDecimal epsForecast, Integer estimates,
        LocalDate lastYearReportDate, BigDecimal lastYearEps, BigDecimal epsActual, BigDecimal surprisePct) {

    public EarningsRow {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("symbol is required");
        }
        if (reportDate == null || timeOfDay == null) {
            throw new IllegalArgumentException("reportDate and timeOfDay are required");
        }
        if (estimates != null && estimates < 0) {
            throw new IllegalArgumentException("estimates must be zero or more, was " + estimates);
        }
        if (marketCap != null && marketCap.signum() < 0) {
            throw new IllegalArgumentException("marketCap must be zero or more, was " + marketCap);
        }
    }
}
