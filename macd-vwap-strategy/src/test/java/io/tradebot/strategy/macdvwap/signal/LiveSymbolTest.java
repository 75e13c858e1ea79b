package io.tradebot.strategy.macdvwap.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradebot.strategy.fill.Bar;
import io.tradebot.strategy.macdvwap.SpyMinutes;
import io.tradebot.strategy.signal.BarEvent;
import io.tradebot.strategy.signal.Position;
import io.tradebot.strategy.signal.Strategy;
import io.tradebot.strategy.signal.StrategyRegistry;
import io.tradebot.strategy.signal.SymbolStrategy;
import io.tradebot.strategy.signal.TradeIntent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One symbol's live evaluation over real SPY minutes (2011-03-01 warm-up, 2011-03-02 traded). */
class LiveSymbolTest {

    private static final LocalDate DAY = LocalDate.parse("2011-03-02");
    private static final Instant WARM_UP_FROM = Instant.parse("2011-02-26T05:00:00Z");
    private static final BigDecimal EQUITY = new BigDecimal("100000");
    private static final List<Bar> BARS = SpyMinutes.of(LocalDate.parse("2011-03-01"), DAY);
    private static final Strategy MACD_VWAP = StrategyRegistry.create("macd-vwap", List.of());

    @Test
    void feedsEachCompletedBarOnceAndActsOnEveryNewBarsIntentsAfterTheFirstFeed() {
        LiveSymbol live = live();
        List<TradeIntent> acted = new ArrayList<>();
        LiveSymbol.Actor record = (intents, bar) -> acted.addAll(intents);
        live.feed(BARS, Instant.parse("2011-03-02T14:30:30Z"), Position.FLAT, EQUITY, record);
        for (Instant now = Instant.parse("2011-03-02T14:31:00Z"); now.isBefore(Instant.parse("2011-03-02T21:00:00Z"));
                now = now.plus(Duration.ofMinutes(7))) {
            feedUntilNothingNew(live, now, record);
            feedUntilNothingNew(live, now, record);
        }

        assertThat(acted).isNotEmpty().isEqualTo(direct(Instant.parse("2011-03-02T20:58:00Z"), true));
    }

    @Test
    void aFirstFeedActsOnlyOnTheLastBarsIntents() {
        TradeIntent first = direct(Instant.parse("2011-03-02T21:00:00Z"), true).getFirst();
        Instant signalBarEnd = first.barStart().plus(Duration.ofMinutes(1));
        List<TradeIntent> acted = new ArrayList<>();
        LiveSymbol.Actor record = (intents, bar) -> acted.addAll(intents);

        live().feed(BARS, signalBarEnd, Position.FLAT, EQUITY, record);
        assertThat(acted).containsExactly(first);

        acted.clear();
        live().feed(BARS, signalBarEnd.plus(Duration.ofMinutes(1)), Position.FLAT, EQUITY, record);
        assertThat(acted).isEmpty();
    }

    @Test
    void stopsAfterTheFirstBarWithIntentsAndFeedsTheRestNextTime() {
        List<TradeIntent> day = direct(Instant.parse("2011-03-02T21:00:00Z"), true);
        LiveSymbol live = live();
        live.feed(BARS, Instant.parse("2011-03-02T14:30:30Z"), Position.FLAT, EQUITY, (intents, bar) -> { });
        List<Instant> actedAt = new ArrayList<>();

        live.feed(BARS, Instant.parse("2011-03-02T21:00:00Z"), Position.FLAT, EQUITY, (intents, bar) -> actedAt.add(bar.start()));
        live.feed(BARS, Instant.parse("2011-03-02T21:00:00Z"), Position.FLAT, EQUITY, (intents, bar) -> actedAt.add(bar.start()));

        List<Instant> signalBars = day.stream().map(TradeIntent::barStart).distinct().toList();
        assertThat(actedAt).containsExactly(signalBars.get(0), signalBars.get(1));
        assertThat(live.lastFed().start()).isEqualTo(signalBars.get(1));
    }

    @Test
    void ignoresBarsNotEndedByNowAndBarsBeforeTheWarmUp() {
        LiveSymbol live = new LiveSymbol(MACD_VWAP, "SPY", DAY, Instant.parse("2011-03-02T14:30:00Z"));
        live.feed(BARS, Instant.parse("2011-03-02T14:35:30Z"), Position.FLAT, EQUITY, (intents, bar) -> { });

        assertThat(live.lastFed().start()).isEqualTo(Instant.parse("2011-03-02T14:34:00Z"));
    }

    private static void feedUntilNothingNew(LiveSymbol live, Instant now, LiveSymbol.Actor actor) {
        Bar before;
        do {
            before = live.lastFed();
            live.feed(BARS, now, Position.FLAT, EQUITY, actor);
        } while (live.lastFed() != before);
    }

    private static LiveSymbol live() {
        return new LiveSymbol(MACD_VWAP, "SPY", DAY, WARM_UP_FROM);
    }

    /** strategy-core run directly over the bars ended by {@code until}: the intents of DAY's bars. */
    private static List<TradeIntent> direct(Instant until, boolean dayOnly) {
        SymbolStrategy strategy = MACD_VWAP.forSymbol("SPY");
        List<TradeIntent> intents = new ArrayList<>();
        for (Bar bar : BARS) {
            if (bar.end().isAfter(until)) {
                break;
            }
            List<TradeIntent> out = strategy.onBar(BarEvent.of("SPY", bar, Position.FLAT, EQUITY));
            if (!dayOnly || !bar.start().isBefore(Instant.parse("2011-03-02T14:30:00Z"))) {
                intents.addAll(out);
            }
        }
        return intents;
    }
}
