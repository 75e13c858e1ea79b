package io.tradebot.screener.earnings.classify;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An earlier report of the same company, from {@code earnings_event}.
 *
 * @param reportDate  when it was reported
 * @param epsActual   the EPS reported, null if unknown
 * @param surprisePct NASDAQ's % surprise, null if unknown
 */
public record PastQuarter(LocalDate reportDate, BigDecimal epsActual, BigDecimal surprisePct) {

    public PastQuarter {
        if (reportDate == null) {
            throw new IllegalArgumentException("reportDate is required");
        }
    }
}
