package io.tradebot.strategy.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrategyRegistryTest {

    private static final TestBars AAPL = TestBars.daily("AAPL");

    @Test
    void knowsExactlyTheSixStrategiesByTheirIssueNames() {
        assertThat(StrategyRegistry.names()).containsExactly("macd-vwap", "fundamental", "ma-crossover",
                "rsi-mean-reversion", "momentum-breakout", "mixed");
        assertThat(StrategyRegistry.names()).allSatisfy(name -> assertThat(StrategyRegistry.create(name, Map.of())
                .name()).isEqualTo(name));
    }

    @Test
    void listsEveryParameterWithItsDefault() {
        assertThat(StrategyRegistry.defaults("macd-vwap")).containsExactly(entry("fast", "12"), entry("slow", "26"),
                entry("signal", "9"), entry("flatMinutesBeforeClose", "15"), entry("positionPct", "10"),
                entry("stopLossPct", "0.5"), entry("takeProfitPct", "1"));
        assertThat(StrategyRegistry.defaults("fundamental")).containsExactly(entry("riskPct", "1"),
                entry("maxPositionPct", "10"), entry("stopLossPct", "2"), entry("takeProfitPct", "5"),
                entry("timeStopDays", "5"), entry("minScore", "0"));
        assertThat(StrategyRegistry.defaults("ma-crossover")).containsExactly(entry("fast", "20"), entry("slow", "50"),
                entry("positionPct", "10"), entry("stopLossPct", "2"), entry("takeProfitPct", "5"));
        assertThat(StrategyRegistry.defaults("rsi-mean-reversion")).containsExactly(entry("period", "14"),
                entry("oversold", "30"), entry("overbought", "70"), entry("positionPct", "10"),
                entry("stopLossPct", "2"), entry("takeProfitPct", "5"));
        assertThat(StrategyRegistry.defaults("momentum-breakout")).containsExactly(entry("lookback", "20"),
                entry("volumeFactor", "1.5"), entry("exitLookback", "10"), entry("positionPct", "10"),
                entry("stopLossPct", "2"), entry("takeProfitPct", "5"));
        assertThat(StrategyRegistry.defaults("mixed")).containsExactly(entry("quorum", "2"), entry("positionPct", "10"),
                entry("stopLossPct", "2"), entry("takeProfitPct", "5"), entry("ma.fast", "20"), entry("ma.slow", "50"),
                entry("rsi.period", "14"), entry("rsi.oversold", "30"), entry("rsi.overbought", "70"),
                entry("momentum.lookback", "20"), entry("momentum.volumeFactor", "1.5"),
                entry("momentum.exitLookback", "10"));
    }

    @Test
    void withoutParametersBuildsTheDefaults() {
        assertThat(intents(StrategyRegistry.create("ma-crossover", List.of())))
                .isEqualTo(intents(new MaCrossoverStrategy(MaCrossoverConfig.DEFAULTS)));
        assertThat(intents(StrategyRegistry.create("mixed", List.of())))
                .isEqualTo(intents(new MixedStrategy(MixedConfig.DEFAULTS)));
    }

    @Test
    void parametersOverrideTheDefaults() {
        Strategy fromParams = StrategyRegistry.create("ma-crossover",
                List.of("fast=10", "slow=30", "positionPct=5", "stopLossPct=1.5", "takeProfitPct=4"));
        Strategy direct = new MaCrossoverStrategy(new MaCrossoverConfig(10, 30,
                new EntryRules(new BigDecimal("5"), new BigDecimal("1.5"), new BigDecimal("4"))));

        assertThat(intents(fromParams)).isNotEmpty().isEqualTo(intents(direct))
                .isNotEqualTo(intents(new MaCrossoverStrategy(MaCrossoverConfig.DEFAULTS)));
    }

    @Test
    void mixedTakesItsComponentsParametersUnderTheirPrefix() {
        Strategy fromParams = StrategyRegistry.create("mixed", List.of("quorum=1", "ma.fast=10", "ma.slow=30",
                "rsi.period=7", "rsi.oversold=25", "rsi.overbought=75", "momentum.lookback=10",
                "momentum.volumeFactor=2", "momentum.exitLookback=5"));
        MixedConfig config = new MixedConfig(1, new MaCrossoverConfig(10, 30, EntryRules.DEFAULTS),
                new RsiMeanReversionConfig(7, 25, 75, EntryRules.DEFAULTS),
                new MomentumBreakoutConfig(10, 2, 5, EntryRules.DEFAULTS), EntryRules.DEFAULTS);

        assertThat(intents(fromParams)).isNotEmpty().isEqualTo(intents(new MixedStrategy(config)));
    }

    @Test
    void rejectsUnknownKeysNamingThemAndTheKnownOnes() {
        assertThatThrownBy(() -> StrategyRegistry.create("rsi-mean-reversion", List.of("period=10", "oversod=20",
                "colour=red")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown parameters for rsi-mean-reversion: colour, oversod (known: period, oversold, "
                        + "overbought, positionPct, stopLossPct, takeProfitPct)");
    }

    @Test
    void aMisspeltKeyIsReportedRatherThanTheDefaultItLeftInPlace() {
        // slow=10 with the default fast=20 is invalid, but the cause is the misspelt fast.
        assertThatThrownBy(() -> StrategyRegistry.create("ma-crossover", List.of("slow=10", "fsat=5")))
                .hasMessageStartingWith("unknown parameter for ma-crossover: fsat");
    }

    @Test
    void rejectsAValueThatIsNotANumberNamingTheKey() {
        assertThatThrownBy(() -> StrategyRegistry.create("macd-vwap", List.of("fast=twelve")))
                .hasMessage("parameter fast of macd-vwap must be a whole number, was 'twelve'");
        assertThatThrownBy(() -> StrategyRegistry.create("fundamental", List.of("riskPct=1%")))
                .hasMessage("parameter riskPct of fundamental must be a number, was '1%'");
    }

    @Test
    void passesTheConfigsValidationMessageOn() {
        assertThatThrownBy(() -> StrategyRegistry.create("fundamental", List.of("timeStopDays=0")))
                .hasMessage("timeStopDays must be at least 1, was 0");
        assertThatThrownBy(() -> StrategyRegistry.create("mixed", List.of("rsi.oversold=80")))
                .hasMessage("rsi.* parameters: oversold (80.0) must be below overbought (70.0)");
    }

    @Test
    void rejectsAnUnknownStrategyAndMalformedParameters() {
        assertThatThrownBy(() -> StrategyRegistry.create("macd", Map.of()))
                .hasMessage("unknown strategy 'macd' (known: macd-vwap, fundamental, ma-crossover, rsi-mean-reversion, "
                        + "momentum-breakout, mixed)");
        assertThatThrownBy(() -> StrategyRegistry.parse(List.of("fast")))
                .hasMessage("a parameter is key=value, was 'fast'");
        assertThatThrownBy(() -> StrategyRegistry.parse(List.of("=5")))
                .hasMessage("a parameter is key=value, was '=5'");
        assertThatThrownBy(() -> StrategyRegistry.parse(List.of("fast=5", "fast=6")))
                .hasMessage("parameter given more than once: fast");
    }

    private static List<TradeIntent> intents(Strategy strategy) {
        return Harness.run(strategy, AAPL).stream().map(Harness.Signal::intent).toList();
    }
}
