package io.tradebot.screener.fundamental.service;

import io.quarkus.logging.Log;
import io.tradebot.screener.fundamental.config.FundamentalScreenerConfig;
import io.tradebot.screener.fundamental.model.ModelView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Trains the per-company models for a session on demand or on the schedule, and shows the latest ones. */
@ApplicationScoped
public class ModelService {

    private final ModelTrainer trainer;
    private final ModelStore store;
    private final ScreenService screens;
    private final FundamentalsStore companies;
    private final FundamentalScreenerConfig.Models config;

    public ModelService(ModelTrainer trainer, ModelStore store, ScreenService screens, FundamentalsStore companies,
            FundamentalScreenerConfig config) {
        this.trainer = trainer;
        this.store = store;
        this.screens = screens;
        this.companies = companies;
        this.config = config.models();
    }

    /**
     * Trains every model of {@code symbols} (empty: the configured ones, else every company) as of
     * {@code asOf}'s close. Refused (400, field {@code asOf}) for a weekend or a session not closed yet.
     */
    public TrainingSummary train(LocalDate asOf, List<String> symbols) {
        screens.requireClosed(asOf, "asOf");
        return trainClosed(asOf, symbols.isEmpty() ? universe() : symbols);
    }

    /** Trains {@code symbols} as of {@code asOf}, a session already closed. */
    TrainingSummary trainClosed(LocalDate asOf, List<String> symbols) {
        int models = 0;
        int added = 0;
        Map<String, Map<String, String>> untrained = new LinkedHashMap<>();
        for (String symbol : symbols) {
            ModelTrainer.Trained trained = trainer.train(symbol, asOf);
            models += trained.models();
            added += trained.added();
            if (!trained.untrained().isEmpty()) {
                untrained.put(symbol, trained.untrained());
            }
        }
        Log.infof("Trained models as of %s for %d symbols: %d models, %d new, %d symbols with an untrained model",
                asOf, symbols.size(), models, added, untrained.size());
        return new TrainingSummary(asOf, symbols.size(), models, added, untrained);
    }

    /** The symbols trained when none are named: the configured list, else every company. */
    List<String> universe() {
        return config.symbols().filter(list -> !list.isEmpty()).orElseGet(companies::companySymbols);
    }

    /** The latest model of each horizon and kind of {@code symbol}; empty when none was trained. */
    public List<ModelView> latest(String symbol) {
        return store.latestOf(symbol);
    }

    /**
     * A training run's result.
     *
     * @param symbols   how many symbols were trained
     * @param models    how many models were fitted
     * @param added     how many were new rows (the rest had been trained on the same window)
     * @param untrained symbol → model → why it could not be fitted
     */
    public record TrainingSummary(LocalDate asOf, int symbols, int models, int added,
            Map<String, Map<String, String>> untrained) {
    }
}
