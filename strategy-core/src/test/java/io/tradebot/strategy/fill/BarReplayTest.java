package io.tradebot.strategy.fill;

import static io.tradebot.strategy.fill.Bars.close;
import static io.tradebot.strategy.fill.Bars.d;
import static io.tradebot.strategy.fill.Bars.day;
import static io.tradebot.strategy.fill.Bars.open;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarReplayTest {

    private static final List<Bar> BARS = List.of(
            day(0, "100", "102", "99", "101", 1_000),
            day(1, "101", "103", "98", "99", 1_000),
            day(2, "99", "100", "96", "97", 1_000));

    private final BarReplay replay = new BarReplay(new BarFillModel(BigDecimal.ZERO, d("0.10")));

    private static SimOrder limitBuy(String qty, String limit, Instant submitted, Instant expires) {
        return new SimOrder(FillSide.BUY, OrderKind.LIMIT, d(qty), d(limit), null, submitted, expires);
    }

    @Test
    void usesOnlyBarsThatStartAtOrAfterTheSubmission() {
        SimOrder buy = limitBuy("10", "99.5", open(0).plusSeconds(60), null);
        BarReplay.Result result = replay.replay(buy, WorkingState.FRESH, BARS, null, close(2));
        assertThat(result.executions()).singleElement().satisfies(e -> {
            assertThat(e.bar()).isEqualTo(open(1));
            assertThat(e.price()).isEqualByComparingTo("99.5");
        });
    }

    @Test
    void waitsForABarToEndBeforeUsingItsRangeButFillsAMarketOrderOnceItOpens() {
        SimOrder limit = limitBuy("10", "99.5", open(1).minusSeconds(60), null);
        assertThat(replay.replay(limit, WorkingState.FRESH, BARS, null, close(1).minusNanos(1)).executions()).isEmpty();
        SimOrder market = new SimOrder(FillSide.BUY, OrderKind.MARKET, d("10"), null, null, open(1).minusSeconds(60), null);
        assertThat(replay.replay(market, WorkingState.FRESH, BARS, null, open(1)).executions()).hasSize(1);
    }

    @Test
    void fillsInPartsAcrossBarsWhenTheVolumeCapBinds() {
        SimOrder buy = new SimOrder(FillSide.BUY, OrderKind.MARKET, d("250"), null, null, open(0).minusSeconds(60), null);
        BarReplay.Result first = replay.replay(buy, WorkingState.FRESH, BARS, null, open(0));
        assertThat(first.executions()).extracting(BarExecution::quantity).containsExactly(d("100"));
        BarReplay.Result rest = replay.replay(buy, first.state(), BARS, first.evaluatedThrough(), close(2));
        assertThat(rest.executions()).extracting(BarExecution::quantity).containsExactly(d("100"), d("50"));
        assertThat(rest.executions()).extracting(BarExecution::price).containsExactly(d("101.000000"), d("99.000000"));
        assertThat(rest.state().filledQuantity()).isEqualByComparingTo("250");
    }

    @Test
    void neverWalksABarTwice() {
        SimOrder buy = limitBuy("10", "99.5", open(0).minusSeconds(60), null);
        BarReplay.Result first = replay.replay(buy, WorkingState.FRESH, BARS, null, close(0));
        assertThat(first.evaluatedThrough()).isEqualTo(open(0));
        BarReplay.Result again = replay.replay(buy, first.state(), BARS, first.evaluatedThrough(), close(0));
        assertThat(again.executions()).isEmpty();
    }

    @Test
    void expiresADayOrderAtTheCloseOfItsSessionWhenUnfilled() {
        SimOrder day = limitBuy("10", "90", open(0).minusSeconds(60), close(0));
        assertThat(replay.replay(day, WorkingState.FRESH, BARS, null, close(0).minusNanos(1)).expired()).isFalse();
        BarReplay.Result atClose = replay.replay(day, WorkingState.FRESH, BARS, null, close(0));
        assertThat(atClose.expired()).isTrue();
        assertThat(atClose.executions()).isEmpty();
    }

    @Test
    void fillsADayOrderOnItsLastBarRatherThanExpiringIt() {
        SimOrder day = limitBuy("10", "99", open(0).minusSeconds(60), close(0));
        BarReplay.Result result = replay.replay(day, WorkingState.FRESH, BARS, null, close(2));
        assertThat(result.expired()).isFalse();
        assertThat(result.executions()).singleElement().satisfies(e -> assertThat(e.bar()).isEqualTo(open(0)));
    }

    @Test
    void expiresOnlyTheUnfilledRestOfAPartlyFilledDayOrder() {
        SimOrder day = new SimOrder(FillSide.BUY, OrderKind.MARKET, d("150"), null, null, open(0).minusSeconds(60), close(0));
        BarReplay.Result result = replay.replay(day, WorkingState.FRESH, BARS, null, close(2));
        assertThat(result.executions()).extracting(BarExecution::quantity).containsExactly(d("100"));
        assertThat(result.expired()).isTrue();
    }

    @Test
    void keepsAGoodTillCancelledOrderWorkingAfterManyBars() {
        SimOrder gtc = limitBuy("10", "50", open(0).minusSeconds(60), null);
        BarReplay.Result result = replay.replay(gtc, WorkingState.FRESH, BARS, null, close(2).plusSeconds(86_400));
        assertThat(result.expired()).isFalse();
        assertThat(result.evaluatedThrough()).isEqualTo(open(2));
    }

    @Test
    void triggersAStopOnOneBarAndFillsTheRestAtLaterOpens() {
        SimOrder stop = new SimOrder(FillSide.SELL, OrderKind.STOP, d("150"), null, d("98.5"), open(0).minusSeconds(60), null);
        BarReplay.Result result = replay.replay(stop, WorkingState.FRESH, BARS, null, close(2));
        assertThat(result.executions()).extracting(BarExecution::price).containsExactly(d("98.500000"), d("99.000000"));
        assertThat(result.state().triggered()).isTrue();
    }

    private static SimOrder marketSell(String qty, Instant submitted, Instant expires) {
        return new SimOrder(FillSide.SELL, OrderKind.MARKET, d(qty), null, null, submitted, expires);
    }

    @Test
    void fillsADayMarketOrderSentDuringTheSessionsLastBarAtThatBarsCloseOnceItEnds() {
        SimOrder lastMinute = marketSell("10", close(0).minusSeconds(11), close(0));
        BarReplay.Result before = replay.replay(lastMinute, WorkingState.FRESH, BARS, null, close(0).minusNanos(1));
        assertThat(before.executions()).isEmpty();
        assertThat(before.expired()).isFalse();

        BarReplay.Result atClose = replay.replay(lastMinute, WorkingState.FRESH, BARS, null, close(0));
        assertThat(atClose.executions()).singleElement().satisfies(e -> {
            assertThat(e.bar()).isEqualTo(open(0));
            assertThat(e.at()).isEqualTo(close(0));
            assertThat(e.price()).isEqualByComparingTo("101");
            assertThat(e.quantity()).isEqualByComparingTo("10");
        });
        assertThat(atClose.expired()).isFalse();
        assertThat(atClose.evaluatedThrough()).isEqualTo(open(0));
        assertThat(replay.replay(lastMinute, atClose.state(), BARS, atClose.evaluatedThrough(), close(2)).executions())
                .as("the closing bar is never booked twice").isEmpty();
    }

    @Test
    void fillsTheLastBarsCloseWithSlippageAndExpiresWhatTheVolumeShareLeaves() {
        BarReplay slipping = new BarReplay(new BarFillModel(d("10"), d("0.10")));
        SimOrder lastMinute = marketSell("250", close(0).minusSeconds(11), close(0));
        BarReplay.Result result = slipping.replay(lastMinute, WorkingState.FRESH, BARS, null, close(2));
        assertThat(result.executions()).singleElement().satisfies(e -> {
            assertThat(e.quantity()).isEqualByComparingTo("100");
            assertThat(e.price()).isEqualByComparingTo("100.899");
        });
        assertThat(result.expired()).isTrue();
    }

    @Test
    void fillsAMarketOrderSentMidSessionOrGoodTillCancelledAtTheNextBarsOpenAsBefore() {
        SimOrder gtc = marketSell("10", close(0).minusSeconds(11), null);
        assertThat(replay.replay(gtc, WorkingState.FRESH, BARS, null, close(2)).executions())
                .singleElement().satisfies(e -> assertThat(e.price()).isEqualByComparingTo("101"))
                .satisfies(e -> assertThat(e.bar()).isEqualTo(open(1)));
        SimOrder midSession = marketSell("10", open(0).plusSeconds(60), close(1));
        assertThat(replay.replay(midSession, WorkingState.FRESH, BARS, null, close(2)).executions())
                .singleElement().satisfies(e -> assertThat(e.bar()).isEqualTo(open(1)));
    }

    @Test
    void leavesALimitOrderSentDuringTheLastBarToExpire() {
        SimOrder lastMinute = new SimOrder(FillSide.SELL, OrderKind.LIMIT, d("10"), d("90"), null, close(0).minusSeconds(11), close(0));
        BarReplay.Result result = replay.replay(lastMinute, WorkingState.FRESH, BARS, null, close(2));
        assertThat(result.executions()).isEmpty();
        assertThat(result.expired()).isTrue();
    }
}
