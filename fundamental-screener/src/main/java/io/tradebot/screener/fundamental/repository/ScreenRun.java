package io.tradebot.screener.fundamental.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code screen_run}: what one screening run saw and how many candidates passed. */
@Entity
@Table(name = "screen_run")
public class ScreenRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String screener;

    @Column(name = "trade_date", nullable = false)
    public LocalDate tradeDate;

    /** JSON text with the settings and the as-of instant the run used. */
    @Column(nullable = false)
    public String inputs;

    /** JSON text: how many candidates passed each stage and why the others did not; null for runs without stages. */
    public String stages;

    @Column(nullable = false)
    public int candidates;

    @Column(nullable = false)
    public int passed;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    public Instant finishedAt;
}
