package io.tradebot.screener.fundamental.service;

import io.tradebot.screener.fundamental.model.Horizon;
import io.tradebot.screener.fundamental.model.ModelKind;
import io.tradebot.screener.fundamental.model.ModelView;
import io.tradebot.screener.fundamental.model.TrainedModel;
import io.tradebot.screener.fundamental.repository.CompanyModel;
import io.tradebot.screener.fundamental.repository.CompanyModelRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Keeps one {@code company_model} row per symbol, horizon, kind and training window, and reads the latest. */
@ApplicationScoped
public class ModelStore {

    private final CompanyModelRepository models;
    private final JsonColumns json;

    public ModelStore(CompanyModelRepository models, JsonColumns json) {
        this.models = models;
        this.json = json;
    }

    /**
     * Stores each model unless one of the same symbol, horizon, kind and window is there already (that one is
     * kept as it was: the same window gives the same fit). Returns how many rows were added.
     */
    @Transactional
    public int store(String symbol, List<TrainedModel> trained) {
        int added = 0;
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (TrainedModel t : trained) {
            if (models.find(symbol, t.horizon(), t.kind(), t.windowStart(), t.windowEnd()).isPresent()) {
                continue;
            }
            CompanyModel row = new CompanyModel();
            row.symbol = symbol;
            row.horizon = t.horizon();
            row.kind = t.kind();
            row.windowStart = t.windowStart();
            row.windowEnd = t.windowEnd();
            row.session = t.session();
            row.observations = t.observations();
            row.parameters = json.write(t.parameters());
            row.metrics = json.write(t.metrics());
            row.trainedAt = now;
            models.persist(row);
            added++;
        }
        return added;
    }

    /** The latest model of {@code symbol}, {@code horizon} and {@code kind} that knows nothing after {@code session}. */
    @Transactional
    public Optional<ModelView> latest(String symbol, Horizon horizon, ModelKind kind, LocalDate session) {
        return models.latest(symbol, horizon, kind, session).map(this::view);
    }

    /** The latest model of each horizon and kind of {@code symbol}. */
    @Transactional
    public List<ModelView> latestOf(String symbol) {
        return models.latestOf(symbol).stream().map(this::view).toList();
    }

    private ModelView view(CompanyModel m) {
        return new ModelView(m.symbol, m.horizon, m.kind, m.windowStart, m.windowEnd, m.session, m.observations,
                json.read(m.parameters), json.read(m.metrics), m.trainedAt);
    }
}
