package io.tradebot.strategy.fill;

import static io.tradebot.strategy.fill.Bars.close;
import static io.tradebot.strategy.fill.Bars.d;
import static io.tradebot.strategy.fill.Bars.day;
import static io.tradebot.strategy.fill.Bars.open;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OneCancelsOtherTest {

    private final OneCancelsOther oco = new OneCancelsOther(new BarFillModel(BigDecimal.ZERO, d("0.10")));

    private static SimOrder stopLoss(String stop) {
        return new SimOrder(FillSide.SELL, OrderKind.STOP, d("10"), null, d(stop), open(0).minusSeconds(60), null);
    }

    private static SimOrder takeProfit(String limit) {
        return new SimOrder(FillSide.SELL, OrderKind.LIMIT, d("10"), d(limit), null, open(0).minusSeconds(60), null);
    }

    @Test
    void takeProfitReachedFirstWinsAndTheStopLossIsCancelled() {
        List<Bar> bars = List.of(day(0, "100", "103", "99", "102"), day(1, "102", "106", "90", "95"));
        OneCancelsOther.Result result = oco.replay(stopLoss("95"), WorkingState.FRESH, takeProfit("103"), WorkingState.FRESH,
                bars, null, close(1));
        assertThat(result.winner()).isEqualTo(2);
        assertThat(result.second().executions()).singleElement().satisfies(e -> assertThat(e.price()).isEqualByComparingTo("103"));
        assertThat(result.first().executions()).isEmpty();
    }

    @Test
    void stopLossWinsWhenBothAreReachedOnTheSameBar() {
        List<Bar> bars = List.of(day(0, "100", "104", "94", "99"));
        OneCancelsOther.Result result = oco.replay(stopLoss("95"), WorkingState.FRESH, takeProfit("103"), WorkingState.FRESH,
                bars, null, close(0));
        assertThat(result.winner()).isEqualTo(1);
        assertThat(result.first().executions()).singleElement().satisfies(e -> assertThat(e.price()).isEqualByComparingTo("95"));
        assertThat(result.second().executions()).isEmpty();
    }

    @Test
    void bothKeepWorkingWhileNeitherIsReached() {
        List<Bar> bars = List.of(day(0, "100", "102", "98", "101"));
        OneCancelsOther.Result result = oco.replay(stopLoss("95"), WorkingState.FRESH, takeProfit("103"), WorkingState.FRESH,
                bars, null, close(0));
        assertThat(result.winner()).isZero();
        assertThat(result.first().evaluatedThrough()).isEqualTo(open(0));
    }
}
