package io.tradebot.screener.fundamental.service;

import io.quarkus.logging.Log;
import io.tradebot.screener.fundamental.config.FundamentalScreenerConfig;
import io.tradebot.screener.fundamental.model.Horizon;
import io.tradebot.screener.fundamental.model.ModelKind;
import io.tradebot.screener.fundamental.model.ModelView;
import io.tradebot.screener.fundamental.screen.ContinuationEstimate;
import io.tradebot.screener.fundamental.screen.StageTally;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pipeline's continuation stage: each candidate's latest models that know nothing after the screened
 * session. When a model trained through that very session is missing (none, or only older ones) and
 * {@code train-missing} is on, the candidate's models are trained on the fly first, so a screen's result
 * depends on the data, not on when the schedule last ran. Drops no candidate.
 */
@ApplicationScoped
public class ContinuationStage {

    private final ModelStore store;
    private final ModelTrainer trainer;
    private final FundamentalScreenerConfig.Models config;

    public ContinuationStage(ModelStore store, ModelTrainer trainer, FundamentalScreenerConfig config) {
        this.store = store;
        this.trainer = trainer;
        this.config = config.models();
    }

    /** Adds each candidate's estimate; counts how many had all four models and how many were trained here. */
    List<FundamentalPipeline.Candidate> estimate(List<FundamentalPipeline.Candidate> candidates, LocalDate session,
            StageTally tally) {
        List<FundamentalPipeline.Candidate> estimated = new ArrayList<>();
        int trainedHere = 0;
        int complete = 0;
        for (FundamentalPipeline.Candidate c : candidates) {
            String symbol = c.gainer().symbol();
            Map<String, String> untrained = Map.of();
            if (config.trainMissing() && !currentModels(symbol, session)) {
                untrained = trainer.train(symbol, session).untrained();
                trainedHere++;
            }
            ContinuationEstimate estimate = lookUp(symbol, session, untrained);
            complete += estimate.missing().isEmpty() ? 1 : 0;
            estimated.add(c.withEstimate(estimate));
        }
        tally.continuation("withAllModels", complete);
        tally.continuation("withMissingModels", candidates.size() - complete);
        tally.continuation("trainedOnTheFly", trainedHere);
        return estimated;
    }

    /** Whether every model of {@code symbol} was trained through {@code session} itself. */
    private boolean currentModels(String symbol, LocalDate session) {
        for (Horizon horizon : Horizon.values()) {
            for (ModelKind kind : ModelKind.values()) {
                Optional<ModelView> latest = store.latest(symbol, horizon, kind, session);
                if (latest.isEmpty() || latest.get().session().isBefore(session)) {
                    return false;
                }
            }
        }
        return true;
    }

    private ContinuationEstimate lookUp(String symbol, LocalDate session, Map<String, String> untrained) {
        Map<String, ModelView> models = new LinkedHashMap<>();
        Map<String, String> missing = new LinkedHashMap<>();
        for (Horizon horizon : Horizon.values()) {
            for (ModelKind kind : ModelKind.values()) {
                String key = ModelTrainer.key(horizon, kind);
                Optional<ModelView> latest = store.latest(symbol, horizon, kind, session);
                if (latest.isPresent()) {
                    models.put(key, latest.get());
                } else {
                    missing.put(key, "no model trained through " + session
                            + (untrained.containsKey(key) ? ": " + untrained.get(key) : ""));
                }
            }
        }
        if (!missing.isEmpty()) {
            Log.infof("%s has no %s model through %s", symbol, missing.keySet(), session);
        }
        return new ContinuationEstimate(models, missing);
    }
}
