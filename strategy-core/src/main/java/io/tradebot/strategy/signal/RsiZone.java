package io.tradebot.strategy.signal;

import io.tradebot.strategy.indicator.Indicators;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.Num;

/** Wilder's RSI against its levels: BUY while oversold (below the low level), SELL while overbought (above the high). */
final class RsiZone implements Voter {

    private final Indicator<Num> rsi;
    private final double oversold;
    private final double overbought;

    RsiZone(BarHistory history, int period, double oversold, double overbought) {
        this.rsi = Indicators.rsi(new ClosePriceIndicator(history.series()), period);
        this.oversold = oversold;
        this.overbought = overbought;
    }

    @Override
    public Vote vote(int index) {
        double value = rsi(index);
        return value < oversold ? Vote.BUY : value > overbought ? Vote.SELL : Vote.NONE;
    }

    double rsi(int index) {
        return BarHistory.value(rsi, index);
    }
}
