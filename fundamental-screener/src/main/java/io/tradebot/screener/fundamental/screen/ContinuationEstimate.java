package io.tradebot.screener.fundamental.screen;

import io.tradebot.screener.fundamental.model.Horizon;
import io.tradebot.screener.fundamental.model.ModelKind;
import io.tradebot.screener.fundamental.model.ModelView;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a candidate's models say about the move continuing: the regressions' predicted next-hour and next-day
 * returns, and the Markov chains' probability of an adverse (DOWN) next hour and day. A model that is missing
 * gives no number, only the reason.
 *
 * @param models  the models used, by {@code HORIZON/KIND}
 * @param missing why a model is missing, by {@code HORIZON/KIND}
 */
public record ContinuationEstimate(Map<String, ModelView> models, Map<String, String> missing) {

    /** The regression's predicted next return for {@code horizon}, if there is a model. */
    public Optional<Double> predictedReturn(Horizon horizon) {
        return number(horizon, ModelKind.REGRESSION, "prediction");
    }

    /** The Markov chain's probability of a DOWN next return for {@code horizon}, if there is a model that knows. */
    public Optional<Double> adverseProbability(Horizon horizon) {
        return number(horizon, ModelKind.MARKOV, "adverseProbability");
    }

    /**
     * The predicted next-day return in units of the day's σ (the standard-deviation stage's), so it adds to
     * the z-score; empty without a DAY regression.
     */
    public Optional<Double> continuation(double sigma) {
        return predictedReturn(Horizon.DAY).map(r -> r / sigma);
    }

    /** The estimate as written into an entry's reasons. */
    public Map<String, Object> reasons(double sigma) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("predictedNextHourReturn", predictedReturn(Horizon.HOUR).orElse(null));
        r.put("predictedNextDayReturn", predictedReturn(Horizon.DAY).orElse(null));
        r.put("adverseProbabilityHour", adverseProbability(Horizon.HOUR).orElse(null));
        r.put("adverseProbabilityDay", adverseProbability(Horizon.DAY).orElse(null));
        r.put("continuation", continuation(sigma).orElse(null));
        Map<String, Object> used = new LinkedHashMap<>();
        models.forEach((key, m) -> used.put(key, modelReasons(m)));
        r.put("models", used);
        r.put("missing", missing);
        return r;
    }

    private static Map<String, Object> modelReasons(ModelView m) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("session", m.session().toString());
        r.put("trainedAt", m.trainedAt().toString());
        r.put("windowStart", m.windowStart().toString());
        r.put("windowEnd", m.windowEnd().toString());
        r.put("observations", m.observations());
        r.put("metrics", m.metrics());
        if (m.kind() == ModelKind.REGRESSION) {
            r.put("coefficients", m.parameters().get("coefficients"));
            r.put("intercept", m.parameters().get("intercept"));
        } else {
            r.put("current", m.parameters().get("current"));
            r.put("threshold", m.parameters().get("threshold"));
        }
        return r;
    }

    private Optional<Double> number(Horizon horizon, ModelKind kind, String parameter) {
        ModelView model = models.get(horizon + "/" + kind);
        return model == null || !(model.parameters().get(parameter) instanceof Number n)
                ? Optional.empty() : Optional.of(n.doubleValue());
    }
}
