package io.tradebot.screener.earnings.repository;

import io.tradebot.screener.earnings.calendar.EarningsRow;
import io.tradebot.screener.earnings.calendar.TimeOfDay;
import io.tradebot.screener.earnings.classify.Classification;
import io.tradebot.screener.earnings.classify.PastQuarter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code earnings_event}: one company's report on one date, as the calendar showed it last. */
@Entity
@Table(name = "earnings_event")
public class EarningsEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String symbol;

    @Column(name = "report_date", nullable = false)
    public LocalDate reportDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_of_day", nullable = false)
    public TimeOfDay timeOfDay;

    @Column(name = "company_name")
    public String companyName;

    @Column(name = "market_cap", precision = 20, scale = 0)
    public BigDecimal marketCap;

    @Column(name = "fiscal_quarter_ending")
    public String fiscalQuarterEnding;

    @Column(name = "eps_forecast", precision = 19, scale = 6)
    public BigDecimal epsForecast;

    public Integer estimates;

    @Column(name = "last_year_report_date")
    public LocalDate lastYearReportDate;

    @Column(name = "last_year_eps", precision = 19, scale = 6)
    public BigDecimal lastYearEps;

    @Column(name = "eps_actual", precision = 19, scale = 6)
    public BigDecimal epsActual;

    @Column(name = "surprise_pct", precision = 19, scale = 6)
    public BigDecimal surprisePct;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Classification classification;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Copies the calendar's values; a value the new page leaves unknown keeps what an earlier read found. */
    public void update(EarningsRow row) {
        symbol = row.symbol();
        reportDate = row.reportDate();
        timeOfDay = row.timeOfDay();
        companyName = keep(row.companyName(), companyName);
        marketCap = keep(row.marketCap(), marketCap);
        fiscalQuarterEnding = keep(row.fiscalQuarterEnding(), fiscalQuarterEnding);
        epsForecast = keep(row.epsForecast(), epsForecast);
        estimates = keep(row.estimates(), estimates);
        lastYearReportDate = keep(row.lastYearReportDate(), lastYearReportDate);
        lastYearEps = keep(row.lastYearEps(), lastYearEps);
        epsActual = keep(row.epsActual(), epsActual);
        surprisePct = keep(row.surprisePct(), surprisePct);
    }

    /** The stored values as a calendar row, for classification. */
    public EarningsRow asRow() {
        return new EarningsRow(symbol, reportDate, timeOfDay, companyName, marketCap, fiscalQuarterEnding, epsForecast,
                estimates, lastYearReportDate, lastYearEps, epsActual, surprisePct);
    }

    /** This report as history for a later one. */
    public PastQuarter asPastQuarter() {
        return new PastQuarter(reportDate, epsActual, surprisePct);
    }

    private static <T> T keep(T fresh, T stored) {
        return fresh != null ? fresh : stored;
    }
}
