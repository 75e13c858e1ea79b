package io.tradebot.strategy.signal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The strategies by name, each built from {@code key=value} parameters over its defaults (what
 * {@code ./tradebot backtest --strategy NAME --param k=v} passes). Unknown names and keys are refused, naming them.
 */
public final class StrategyRegistry {

    private static final Map<String, Function<Params, Strategy>> FACTORIES = new LinkedHashMap<>();

    static {
        FACTORIES.put(MacdVwapStrategy.NAME, StrategyRegistry::macdVwap);
        FACTORIES.put(FundamentalStrategy.NAME, StrategyRegistry::fundamental);
        FACTORIES.put(MaCrossoverStrategy.NAME, p -> new MaCrossoverStrategy(maCrossover(p, "", EntryRules.DEFAULTS)));
        FACTORIES.put(RsiMeanReversionStrategy.NAME, p -> new RsiMeanReversionStrategy(rsi(p, "", EntryRules.DEFAULTS)));
        FACTORIES.put(MomentumBreakoutStrategy.NAME,
                p -> new MomentumBreakoutStrategy(momentum(p, "", EntryRules.DEFAULTS)));
        FACTORIES.put(MixedStrategy.NAME, StrategyRegistry::mixed);
    }

    private StrategyRegistry() {
    }

    /** The strategy names, in the order the issue lists them. */
    public static List<String> names() {
        return List.copyOf(FACTORIES.keySet());
    }

    /** Every parameter {@code name} takes, with its default, in the order its config lists them. */
    public static Map<String, String> defaults(String name) {
        Params reader = new Params(name, Map.of());
        factory(name).apply(reader);
        return reader.defaults();
    }

    /** Builds {@code name} from {@code key=value} strings; a key may appear once. */
    public static Strategy create(String name, List<String> keyValues) {
        return create(name, parse(keyValues));
    }

    /**
     * Builds {@code name} from its defaults overridden by {@code params}.
     *
     * @throws IllegalArgumentException naming an unknown strategy, unknown keys, or the value that is wrong
     */
    public static Strategy create(String name, Map<String, String> params) {
        Function<Params, Strategy> factory = factory(name);
        Params reader = new Params(name, params);
        Strategy strategy;
        try {
            strategy = factory.apply(reader);
        } catch (Params.BadValue e) {
            throw e;
        } catch (IllegalArgumentException e) {
            reader.requireAllKnown(); // a misspelt key explains a default that fails validation better than the default
            throw e;
        }
        reader.requireAllKnown();
        return strategy;
    }

    private static Function<Params, Strategy> factory(String name) {
        Function<Params, Strategy> factory = FACTORIES.get(name);
        if (factory == null) {
            throw new IllegalArgumentException("unknown strategy '" + name + "' (known: " + String.join(", ", names()) + ")");
        }
        return factory;
    }

    /** {@code key=value} strings as a map; refuses a string without {@code =}, an empty key and a repeated key. */
    public static Map<String, String> parse(List<String> keyValues) {
        Map<String, String> params = new LinkedHashMap<>();
        List<String> repeated = new ArrayList<>();
        for (String keyValue : keyValues) {
            int equals = keyValue.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("a parameter is key=value, was '" + keyValue + "'");
            }
            String key = keyValue.substring(0, equals).strip();
            if (params.put(key, keyValue.substring(equals + 1)) != null) {
                repeated.add(key);
            }
        }
        if (!repeated.isEmpty()) {
            throw new IllegalArgumentException("parameter given more than once: " + String.join(", ", repeated));
        }
        return params;
    }

    private static Strategy macdVwap(Params p) {
        MacdVwapConfig d = MacdVwapConfig.DEFAULTS;
        return new MacdVwapStrategy(new MacdVwapConfig(p.integer("fast", d.fast()), p.integer("slow", d.slow()),
                p.integer("signal", d.signal()), p.integer("flatMinutesBeforeClose", d.flatMinutesBeforeClose()),
                p.entry(d.entry())));
    }

    private static Strategy fundamental(Params p) {
        FundamentalConfig d = FundamentalConfig.DEFAULTS;
        return new FundamentalStrategy(new FundamentalConfig(p.decimal("riskPct", d.riskPct()),
                p.decimal("maxPositionPct", d.maxPositionPct()), p.decimal("stopLossPct", d.stopLossPct()),
                p.decimal("takeProfitPct", d.takeProfitPct()), p.integer("timeStopDays", d.timeStopDays()),
                p.decimal("minScore", d.minScore())));
    }

    private static Strategy mixed(Params p) {
        int quorum = p.integer("quorum", MixedConfig.DEFAULTS.quorum());
        EntryRules entry = p.entry(EntryRules.DEFAULTS);
        return new MixedStrategy(new MixedConfig(quorum, component("ma.", () -> maCrossover(p, "ma.", entry)),
                component("rsi.", () -> rsi(p, "rsi.", entry)),
                component("momentum.", () -> momentum(p, "momentum.", entry)), entry));
    }

    /** A component of {@code mixed}, its validation messages saying which one. */
    private static <T> T component(String prefix, Supplier<T> config) {
        try {
            return config.get();
        } catch (Params.BadValue e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(prefix + "* parameters: " + e.getMessage(), e);
        }
    }

    private static MaCrossoverConfig maCrossover(Params p, String prefix, EntryRules entry) {
        MaCrossoverConfig d = MaCrossoverConfig.DEFAULTS;
        return new MaCrossoverConfig(p.integer(prefix + "fast", d.fast()), p.integer(prefix + "slow", d.slow()),
                prefix.isEmpty() ? p.entry(entry) : entry);
    }

    private static RsiMeanReversionConfig rsi(Params p, String prefix, EntryRules entry) {
        RsiMeanReversionConfig d = RsiMeanReversionConfig.DEFAULTS;
        return new RsiMeanReversionConfig(p.integer(prefix + "period", d.period()),
                p.number(prefix + "oversold", d.oversold()), p.number(prefix + "overbought", d.overbought()),
                prefix.isEmpty() ? p.entry(entry) : entry);
    }

    private static MomentumBreakoutConfig momentum(Params p, String prefix, EntryRules entry) {
        MomentumBreakoutConfig d = MomentumBreakoutConfig.DEFAULTS;
        return new MomentumBreakoutConfig(p.integer(prefix + "lookback", d.lookback()),
                p.number(prefix + "volumeFactor", d.volumeFactor()), p.integer(prefix + "exitLookback", d.exitLookback()),
                prefix.isEmpty() ? p.entry(entry) : entry);
    }
}
