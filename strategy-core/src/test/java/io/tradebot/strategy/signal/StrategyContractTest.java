package io.tradebot.strategy.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradebot.strategy.fill.Bar;
import io.tradebot.strategy.signal.Harness.Signal;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every strategy promises an engine: determinism, stable unique ids, no state beyond the bars, time order. */
class StrategyContractTest {

    private static final TestBars AAPL = TestBars.daily("AAPL");
    private static final TestBars AMD = TestBars.daily("AMD");
    private static final TestBars SPY = TestBars.spyMinutes().regularSession();

    @ParameterizedTest
    @ValueSource(strings = {"macd-vwap", "fundamental", "ma-crossover", "rsi-mean-reversion", "momentum-breakout", "mixed"})
    void twoRunsOverTheSameBarsGiveIdenticalIntents(String name) {
        List<Signal> first = run(name, data(name));
        List<Signal> second = run(name, data(name));

        assertThat(first).hasSizeGreaterThan(5).isEqualTo(second);
    }

    @ParameterizedTest
    @ValueSource(strings = {"macd-vwap", "fundamental", "ma-crossover", "rsi-mean-reversion", "momentum-breakout", "mixed"})
    void intentIdsAreUniqueAndNameStrategySymbolBarAndAction(String name) {
        TestBars bars = data(name);
        DateTimeFormatter utc = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

        List<Signal> signals = run(name, bars);

        assertThat(new HashSet<>(signals.stream().map(s -> s.intent().id()).toList())).hasSize(signals.size());
        assertThat(signals).allSatisfy(signal -> {
            String barTime = utc.format(bars.bars().get(signal.index()).start());
            assertThat(signal.intent().id())
                    .isEqualTo(name + ":" + bars.symbol() + ":" + barTime + ":" + signal.intent().action())
                    .matches("[A-Za-z0-9._:-]{1,61}");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"macd-vwap", "fundamental", "ma-crossover", "rsi-mean-reversion", "momentum-breakout", "mixed"})
    void aRestartedRunFedTheSameBarsGivesTheSameIntentsFromThere(String name) {
        TestBars bars = data(name);
        Strategy strategy = StrategyRegistry.create(name, Map.of());
        List<Signal> full = run(name, bars);
        int restartAt = bars.size() / 2;

        // After a restart the service replays recent bars without knowing the positions it had then.
        SymbolStrategy restarted = strategy.forSymbol(bars.symbol());
        for (int i = 0; i < restartAt; i++) {
            restarted.onBar(new BarEvent(bars.symbol(), bars.bars().get(i), Position.FLAT, Harness.EQUITY, null));
        }
        List<Signal> resumed = Harness.resume(restarted, bars, restartAt, full, candidates(name));

        List<Signal> expected = full.stream().filter(s -> s.index() >= restartAt).toList();
        assertThat(expected).isNotEmpty();
        assertThat(resumed).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ma-crossover", "rsi-mean-reversion", "momentum-breakout", "mixed"})
    void symbolsInterleavedBarByBarGiveWhatEachGivesAlone(String name) {
        Strategy strategy = StrategyRegistry.create(name, Map.of());
        SymbolStrategy aapl = strategy.forSymbol("AAPL");
        SymbolStrategy amd = strategy.forSymbol("AMD");
        List<TradeIntent> interleaved = new ArrayList<>();
        for (int i = 0; i < AAPL.size(); i++) {
            interleaved.addAll(aapl.onBar(BarEvent.of("AAPL", AAPL.bars().get(i), Position.FLAT, Harness.EQUITY)));
            interleaved.addAll(amd.onBar(BarEvent.of("AMD", AMD.bars().get(i), Position.FLAT, Harness.EQUITY)));
        }

        List<TradeIntent> alone = new ArrayList<>();
        alone.addAll(flatRun(strategy, AAPL));
        alone.addAll(flatRun(strategy, AMD));

        assertThat(interleaved).isNotEmpty().containsExactlyInAnyOrderElementsOf(alone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"macd-vwap", "fundamental", "ma-crossover", "rsi-mean-reversion", "momentum-breakout", "mixed"})
    void refusesABarThatDoesNotFollowTheLastOneOrIsForAnotherSymbol(String name) {
        TestBars bars = data(name);
        SymbolStrategy run = StrategyRegistry.create(name, Map.of()).forSymbol(bars.symbol());
        Bar first = bars.bars().get(0);
        Bar second = bars.bars().get(1);
        run.onBar(BarEvent.of(bars.symbol(), second, Position.FLAT, Harness.EQUITY));

        assertThatThrownBy(() -> run.onBar(BarEvent.of(bars.symbol(), first, Position.FLAT, Harness.EQUITY)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("time order");
        assertThatThrownBy(() -> run.onBar(BarEvent.of(bars.symbol(), second, Position.FLAT, Harness.EQUITY)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("time order");
        assertThatThrownBy(() -> run.onBar(BarEvent.of("OTHER", bars.bars().get(2), Position.FLAT, Harness.EQUITY)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OTHER");
    }

    @ParameterizedTest
    @ValueSource(strings = {"macd-vwap", "ma-crossover", "rsi-mean-reversion", "momentum-breakout", "mixed"})
    void nothingIsSignalledDuringTheWarmUp(String name) {
        Strategy strategy = StrategyRegistry.create(name, Map.of());

        List<Signal> signals = run(name, data(name));

        assertThat(signals.getFirst().index()).isGreaterThanOrEqualTo(strategy.warmUpBars());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fundamental", "ma-crossover", "rsi-mean-reversion", "momentum-breakout", "mixed"})
    void aLongOnlyStrategyNeverActsOnAShortItIsHanded(String name) {
        SymbolStrategy run = StrategyRegistry.create(name, Map.of()).forSymbol("AAPL");
        Position shortPosition = Position.of(new BigDecimal("-100"), new BigDecimal("60"), AAPL.bars().get(0).start());
        List<TradeIntent> intents = new ArrayList<>();
        for (int i = 0; i < AAPL.size(); i++) {
            intents.addAll(run.onBar(new BarEvent("AAPL", AAPL.bars().get(i), shortPosition, Harness.EQUITY,
                    candidates(name).apply(i))));
        }

        assertThat(intents).isEmpty();
        assertThat(run(name, AAPL)).isNotEmpty();
    }

    private static List<TradeIntent> flatRun(Strategy strategy, TestBars bars) {
        SymbolStrategy run = strategy.forSymbol(bars.symbol());
        List<TradeIntent> intents = new ArrayList<>();
        for (Bar bar : bars.bars()) {
            intents.addAll(run.onBar(BarEvent.of(bars.symbol(), bar, Position.FLAT, Harness.EQUITY)));
        }
        return intents;
    }

    private static List<Signal> run(String name, TestBars bars) {
        return Harness.run(StrategyRegistry.create(name, Map.of()), bars, candidates(name));
    }

    private static TestBars data(String name) {
        return name.equals("macd-vwap") ? SPY : AAPL;
    }

    /** For {@code fundamental}: a day AAPL gained 2% or more is on the watchlist, scored by the gain. */
    private static IntFunction<Candidate> candidates(String name) {
        if (!name.equals("fundamental")) {
            return i -> null;
        }
        return i -> i > 0 && AAPL.close()[i] >= 1.02 * AAPL.close()[i - 1]
                ? new Candidate(AAPL.date(i), BigDecimal.valueOf(100 * (AAPL.close()[i] / AAPL.close()[i - 1] - 1)))
                : null;
    }
}
