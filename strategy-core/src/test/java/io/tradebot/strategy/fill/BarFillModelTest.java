package io.tradebot.strategy.fill;

import static io.tradebot.strategy.fill.Bars.close;
import static io.tradebot.strategy.fill.Bars.d;
import static io.tradebot.strategy.fill.Bars.day;
import static io.tradebot.strategy.fill.Bars.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BarFillModelTest {

    private static final Instant PRE = open(0).minusSeconds(600);
    private final BarFillModel model = new BarFillModel(BigDecimal.ZERO, d("0.10"));
    private final BarFillModel tenBps = new BarFillModel(d("10"), d("0.10"));

    private static SimOrder order(FillSide side, OrderKind kind, String qty, String limit, String stop) {
        return new SimOrder(side, kind, d(qty), limit == null ? null : d(limit), stop == null ? null : d(stop), PRE, null);
    }

    private static BarExecution fill(BarFillModel model, SimOrder order, Bar bar) {
        return model.evaluate(order, WorkingState.FRESH, bar).execution().orElseThrow();
    }

    private static boolean fills(BarFillModel model, SimOrder order, Bar bar) {
        return model.evaluate(order, WorkingState.FRESH, bar).execution().isPresent();
    }

    @Test
    void marketFillsAtTheOpenWithSlippageAgainstTheOrder() {
        Bar bar = day(0, "100", "105", "95", "101");
        assertThat(fill(model, order(FillSide.BUY, OrderKind.MARKET, "10", null, null), bar))
                .isEqualTo(new BarExecution(open(0), open(0), d("10"), d("100.000000")));
        assertThat(fill(tenBps, order(FillSide.BUY, OrderKind.MARKET, "10", null, null), bar).price()).isEqualByComparingTo("100.10");
        assertThat(fill(tenBps, order(FillSide.SELL, OrderKind.MARKET, "10", null, null), bar).price()).isEqualByComparingTo("99.90");
    }

    @Test
    void buyLimitFillsAtTheLimitWhenTheLowReachesItAndAtTheOpenWhenTheBarGapsBelowIt() {
        SimOrder buy = order(FillSide.BUY, OrderKind.LIMIT, "10", "97", null);
        BarExecution touched = fill(tenBps, buy, day(0, "100", "105", "95", "101"));
        assertThat(touched.price()).isEqualByComparingTo("97");
        assertThat(touched.at()).isEqualTo(close(0));
        BarExecution gapped = fill(tenBps, buy, day(0, "96", "99", "94", "98"));
        assertThat(gapped.price()).isEqualByComparingTo("96");
        assertThat(gapped.at()).isEqualTo(open(0));
    }

    @Test
    void buyLimitFillsOnAnExactTouchOfTheLowAndNotAboveIt() {
        SimOrder buy = order(FillSide.BUY, OrderKind.LIMIT, "10", "95", null);
        assertThat(fill(model, buy, day(0, "100", "105", "95", "101")).price()).isEqualByComparingTo("95");
        assertThat(fills(model, buy, day(0, "100", "105", "95.01", "101"))).isFalse();
    }

    @Test
    void sellLimitMirrorsTheBuyLimit() {
        SimOrder sell = order(FillSide.SELL, OrderKind.LIMIT, "10", "104", null);
        assertThat(fill(model, sell, day(0, "100", "104", "95", "101")).price()).isEqualByComparingTo("104");
        assertThat(fill(model, sell, day(0, "106", "108", "103", "107")).price()).isEqualByComparingTo("106");
        assertThat(fills(model, sell, day(0, "100", "103.99", "95", "101"))).isFalse();
    }

    @Test
    void buyStopTriggersAtTheStopWithSlippageWhenTheHighReachesIt() {
        SimOrder stop = order(FillSide.BUY, OrderKind.STOP, "10", null, "104");
        BarExecution exec = fill(tenBps, stop, day(0, "100", "104", "95", "101"));
        assertThat(exec.price()).isEqualByComparingTo("104.104");
        assertThat(exec.at()).isEqualTo(close(0));
        assertThat(fills(model, stop, day(0, "100", "103.99", "95", "101"))).isFalse();
    }

    @Test
    void buyStopGappedThroughFillsAtTheOpenNotAtTheStop() {
        BarExecution exec = fill(model, order(FillSide.BUY, OrderKind.STOP, "10", null, "104"), day(0, "107", "110", "106", "108"));
        assertThat(exec.price()).isEqualByComparingTo("107");
        assertThat(exec.at()).isEqualTo(open(0));
    }

    @Test
    void sellStopMirrorsTheBuyStopIncludingTheGap() {
        SimOrder stop = order(FillSide.SELL, OrderKind.STOP, "10", null, "96");
        assertThat(fill(tenBps, stop, day(0, "100", "105", "96", "101")).price()).isEqualByComparingTo("95.904");
        assertThat(fill(model, stop, day(0, "92", "95", "90", "93")).price()).isEqualByComparingTo("92");
        assertThat(fills(model, stop, day(0, "100", "105", "96.01", "101"))).isFalse();
    }

    @Test
    void stopLimitFillsOnTheTriggerBarOnlyWhenTheTriggerPriceIsWithinTheLimit() {
        SimOrder buy = order(FillSide.BUY, OrderKind.STOP_LIMIT, "10", "105", "104");
        assertThat(fill(tenBps, buy, day(0, "100", "106", "95", "101")).price()).isEqualByComparingTo("104");
        BarOutcome gappedAboveLimit = model.evaluate(buy, WorkingState.FRESH, day(0, "107", "110", "100", "108"));
        assertThat(gappedAboveLimit.execution()).isEmpty();
        assertThat(gappedAboveLimit.triggered()).isTrue();
    }

    @Test
    void triggeredStopLimitRestsAsALimitOnLaterBars() {
        SimOrder buy = order(FillSide.BUY, OrderKind.STOP_LIMIT, "10", "105", "104");
        WorkingState triggered = new WorkingState(BigDecimal.ZERO, true);
        assertThat(model.evaluate(buy, triggered, day(1, "106", "107", "105.5", "106")).execution()).isEmpty();
        assertThat(model.evaluate(buy, triggered, day(1, "106", "107", "104", "106")).execution().orElseThrow().price())
                .isEqualByComparingTo("105");
    }

    @Test
    void untriggeredStopLimitDoesNotFillEvenIfTheLimitIsReached() {
        SimOrder sell = order(FillSide.SELL, OrderKind.STOP_LIMIT, "10", "94", "95");
        BarOutcome outcome = model.evaluate(sell, WorkingState.FRESH, day(0, "100", "101", "95.5", "96"));
        assertThat(outcome.execution()).isEmpty();
        assertThat(outcome.triggered()).isFalse();
        assertThat(fill(model, sell, day(0, "100", "101", "94.5", "96")).price()).isEqualByComparingTo("95");
    }

    @Test
    void capsAnExecutionAtTheShareOfTheBarsVolumeInWholeShares() {
        SimOrder buy = order(FillSide.BUY, OrderKind.MARKET, "500", null, null);
        assertThat(fill(model, buy, day(0, "100", "105", "95", "101", 2_345)).quantity()).isEqualByComparingTo("234");
        assertThat(fills(model, buy, day(0, "100", "105", "95", "101", 9))).isFalse();
    }

    @Test
    void fillsOnlyTheRemainderOfAPartlyFilledOrder() {
        SimOrder buy = order(FillSide.BUY, OrderKind.MARKET, "500", null, null);
        WorkingState partly = new WorkingState(d("450"), false);
        assertThat(model.evaluate(buy, partly, day(1, "100", "105", "95", "101")).execution().orElseThrow().quantity())
                .isEqualByComparingTo("50");
    }

    @Test
    void refusesAVolumeShareOutsideZeroToOneAndNegativeSlippage() {
        assertThatThrownBy(() -> new BarFillModel(BigDecimal.ZERO, BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BarFillModel(BigDecimal.ZERO, d("1.01"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BarFillModel(d("-1"), d("0.1"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnOrderWithoutThePricesItsKindNeeds() {
        assertThatThrownBy(() -> order(FillSide.BUY, OrderKind.LIMIT, "1", null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> order(FillSide.BUY, OrderKind.STOP_LIMIT, "1", "10", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> order(FillSide.BUY, OrderKind.MARKET, "1", "10", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
