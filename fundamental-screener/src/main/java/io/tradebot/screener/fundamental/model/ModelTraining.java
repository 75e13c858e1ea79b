package io.tradebot.screener.fundamental.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Trains one horizon's two models on a window of closes: the return regression with {@code lags} lagged
 * returns, and the Markov chain whose flat band is ±{@code flatBand} × σ (population σ of the window's returns).
 */
public final class ModelTraining {

    private ModelTraining() {
    }

    /**
     * Both models of {@code horizon} on {@code closes} (oldest first, the whole window); a model that cannot
     * be fitted is left out and its reason put in {@code untrained}.
     */
    public static Result train(Horizon horizon, List<TimedClose> closes, int lags, double flatBand) {
        List<TrainedModel> models = new ArrayList<>();
        Map<ModelKind, String> untrained = new LinkedHashMap<>();
        double[] returns = Returns.of(closes);
        if (returns.length < 2) {
            String why = closes.size() + " " + horizon.name().toLowerCase() + " closes are too few to train on";
            untrained.put(ModelKind.REGRESSION, why);
            untrained.put(ModelKind.MARKOV, why);
            return new Result(models, untrained);
        }
        TimedClose first = closes.getFirst();
        TimedClose last = closes.getLast();
        var session = last.start().atZone(HourBars.MARKET_ZONE).toLocalDate();
        Optional<ReturnRegression> regression = ReturnRegression.fit(returns, lags);
        if (regression.isPresent()) {
            ReturnRegression r = regression.get();
            models.add(new TrainedModel(horizon, ModelKind.REGRESSION, first.start(), last.start(), session,
                    r.observations(), regressionParameters(r, returns), regressionMetrics(r, returns)));
        } else {
            untrained.put(ModelKind.REGRESSION, returns.length + " returns with " + lags
                    + " lags leave too few observations, or the returns do not vary");
        }
        double sigma = Returns.populationSigma(returns);
        MarkovChain chain = MarkovChain.fit(returns, flatBand * sigma).orElseThrow();
        models.add(new TrainedModel(horizon, ModelKind.MARKOV, first.start(), last.start(), session,
                (int) chain.transitions(), markovParameters(chain, flatBand, sigma), markovMetrics(chain, returns)));
        return new Result(models, untrained);
    }

    private static Map<String, Object> regressionParameters(ReturnRegression r, double[] returns) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("formula", "r[t] = intercept + sum(coefficients[k-1] * r[t-k], k = 1..lags)");
        p.put("lags", r.lags());
        p.put("intercept", r.coefficients()[0]);
        p.put("coefficients", Arrays.copyOfRange(r.coefficients(), 1, r.coefficients().length));
        double[] latest = new double[r.lags()];
        for (int k = 1; k <= r.lags(); k++) {
            latest[k - 1] = returns[returns.length - k];
        }
        p.put("latestReturns", latest);
        p.put("prediction", r.prediction());
        return p;
    }

    private static Map<String, Object> regressionMetrics(ReturnRegression r, double[] returns) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("returns", returns.length);
        m.put("observations", r.observations());
        m.put("r2", r.r2());
        m.put("rmse", r.rmse());
        return m;
    }

    private static Map<String, Object> markovParameters(MarkovChain chain, double flatBand, double sigma) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("states", Arrays.stream(ReturnState.values()).map(Enum::name).toList());
        p.put("flatBand", flatBand);
        p.put("sigma", sigma);
        p.put("threshold", chain.threshold());
        p.put("counts", chain.counts());
        List<List<Double>> matrix = new ArrayList<>();
        for (ReturnState from : ReturnState.values()) {
            List<Double> row = new ArrayList<>();
            for (ReturnState to : ReturnState.values()) {
                row.add(chain.probability(from, to).orElse(null));
            }
            matrix.add(row);
        }
        p.put("transition", matrix);
        p.put("current", chain.current().name());
        p.put("adverse", ReturnState.DOWN.name());
        p.put("adverseProbability", chain.adverseProbability().orElse(null));
        return p;
    }

    private static Map<String, Object> markovMetrics(MarkovChain chain, double[] returns) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("returns", returns.length);
        m.put("transitions", chain.transitions());
        Map<String, Long> departures = new LinkedHashMap<>();
        for (ReturnState s : ReturnState.values()) {
            departures.put(s.name(), chain.departures(s));
        }
        m.put("departures", departures);
        return m;
    }

    /** The models trained, and why any was not. */
    public record Result(List<TrainedModel> models, Map<ModelKind, String> untrained) {
    }
}
