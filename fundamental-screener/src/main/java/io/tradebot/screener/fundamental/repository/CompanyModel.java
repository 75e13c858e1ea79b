package io.tradebot.screener.fundamental.repository;

import io.tradebot.screener.fundamental.model.Horizon;
import io.tradebot.screener.fundamental.model.ModelKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code company_model}: one model of one company, trained on one window of bars. */
@Entity
@Table(name = "company_model")
public class CompanyModel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String symbol;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Horizon horizon;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ModelKind kind;

    /** Start of the first bar trained on (UTC). */
    @Column(name = "window_start", nullable = false)
    public Instant windowStart;

    /** Start of the last bar trained on (UTC). */
    @Column(name = "window_end", nullable = false)
    public Instant windowEnd;

    /** The New York date of the last bar: the model knows nothing after this session. */
    @Column(nullable = false)
    public LocalDate session;

    /** How many observations the fit used (regression rows, or Markov transitions). */
    @Column(nullable = false)
    public int observations;

    /** JSON text: what the model is (coefficients, or states and transition counts) and its output. */
    @Column(nullable = false)
    public String parameters;

    /** JSON text: how well it fits (R², RMSE; or transitions per state). */
    @Column(nullable = false)
    public String metrics;

    @Column(name = "trained_at", nullable = false)
    public Instant trainedAt;
}
