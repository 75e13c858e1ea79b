package io.tradebot.screener.fundamental.repository;

import io.tradebot.screener.fundamental.company.CompanyRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A row of {@code company}: one company of the S&P 500 list. */
@Entity
@Table(name = "company")
public class Company {

    @Id
    public String symbol;

    @Column(nullable = false)
    public String security;

    @Column(name = "gics_sector", nullable = false)
    public String gicsSector;

    @Column(name = "gics_sub_industry", nullable = false)
    public String gicsSubIndustry;

    @Column(name = "headquarters_location")
    public String headquartersLocation;

    @Column(name = "date_added")
    public LocalDate dateAdded;

    public String cik;

    public String founded;

    /** When the row was last inserted or changed by a load. */
    @Column(name = "loaded_at", nullable = false)
    public Instant loadedAt;

    /** Whether this row already holds exactly {@code record}'s values. */
    public boolean matches(CompanyRecord record) {
        return symbol.equals(record.symbol()) && security.equals(record.security())
                && gicsSector.equals(record.gicsSector()) && gicsSubIndustry.equals(record.gicsSubIndustry())
                && Objects.equals(headquartersLocation, record.headquartersLocation())
                && Objects.equals(dateAdded, record.dateAdded()) && Objects.equals(cik, record.cik())
                && Objects.equals(founded, record.founded());
    }

    /** Copies {@code record}'s values into this row. */
    public void set(CompanyRecord record, Instant now) {
        symbol = record.symbol();
        security = record.security();
        gicsSector = record.gicsSector();
        gicsSubIndustry = record.gicsSubIndustry();
        headquartersLocation = record.headquartersLocation();
        dateAdded = record.dateAdded();
        cik = record.cik();
        founded = record.founded();
        loadedAt = now;
    }
}
