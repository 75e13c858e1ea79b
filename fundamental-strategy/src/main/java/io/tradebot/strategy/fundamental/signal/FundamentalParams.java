package io.tradebot.strategy.fundamental.signal;

import io.tradebot.strategy.fundamental.config.FundamentalStrategyConfig;
import io.tradebot.strategy.signal.FundamentalStrategy;
import io.tradebot.strategy.signal.Strategy;
import io.tradebot.strategy.signal.StrategyRegistry;
import java.util.LinkedHashMap;
import java.util.Map;

/** The service's configuration as strategy-core's {@code fundamental} parameters: the strategy a backtest runs with the same values. */
public final class FundamentalParams {

    private FundamentalParams() {
    }

    /** {@code key=value} parameters as {@code ./tradebot backtest --strategy fundamental --param} takes them. */
    public static Map<String, String> of(FundamentalStrategyConfig config) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("riskPct", config.riskPct().toPlainString());
        params.put("maxPositionPct", config.maxPositionPct().toPlainString());
        params.put("stopLossPct", config.stopLossPct().toPlainString());
        params.put("takeProfitPct", config.takeProfitPct().toPlainString());
        params.put("timeStopDays", String.valueOf(config.timeStopDays()));
        params.put("minScore", config.minScore().toPlainString());
        return params;
    }

    /**
     * strategy-core's {@code fundamental} built from {@code config}.
     *
     * @throws IllegalArgumentException naming a value strategy-core refuses
     */
    public static Strategy strategy(FundamentalStrategyConfig config) {
        return StrategyRegistry.create(FundamentalStrategy.NAME, of(config));
    }
}
