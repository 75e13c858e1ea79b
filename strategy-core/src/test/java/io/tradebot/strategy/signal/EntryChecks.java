package io.tradebot.strategy.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradebot.strategy.risk.IntentType;
import io.tradebot.strategy.signal.Harness.Signal;
import java.math.BigDecimal;

/** What every entry with the default entry rules looks like, checked against the signal bar's close. */
final class EntryChecks {

    private EntryChecks() {
    }

    /** Market, as many whole shares as 10% of equity buys at the close, stop-loss 2% below, take-profit 5% above. */
    static void assertDefaultEntry(Signal signal, TestBars bars) {
        TradeIntent intent = signal.intent();
        BigDecimal close = bars.bars().get(signal.index()).close();
        BigDecimal tenth = Harness.EQUITY.divide(BigDecimal.TEN);
        assertThat(intent.type()).isEqualTo(IntentType.MARKET);
        assertThat(intent.quantity().multiply(close)).isLessThanOrEqualTo(tenth);
        assertThat(intent.quantity().add(BigDecimal.ONE).multiply(close)).isGreaterThan(tenth);
        double stop = intent.bracket().stopLoss().doubleValue() / close.doubleValue();
        double target = intent.bracket().takeProfit().doubleValue() / close.doubleValue();
        double tick = 0.005 / close.doubleValue();
        assertThat(stop).isCloseTo(0.98, org.assertj.core.data.Offset.offset(tick + 1e-12));
        assertThat(target).isCloseTo(1.05, org.assertj.core.data.Offset.offset(tick + 1e-12));
        assertThat(intent.reason()).isNotBlank();
    }
}
