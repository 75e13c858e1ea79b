package io.tradebot.strategy.backtest.report;

import io.tradebot.strategy.backtest.EquityPoint;
import java.time.Instant;
import java.util.List;

/** The drawdown of an equity curve at every point, and its deepest one with the window around it. */
public final class Drawdowns {

    private Drawdowns() {
    }

    /** Each point's fall below the running peak (the initial cash before the first point), as a fraction. */
    public static double[] series(List<EquityPoint> curve, double initialCash) {
        double[] depth = new double[curve.size()];
        double peak = initialCash;
        for (int i = 0; i < depth.length; i++) {
            double equity = curve.get(i).equity().doubleValue();
            peak = Math.max(peak, equity);
            depth[i] = (peak - equity) / peak;
        }
        return depth;
    }

    /** The deepest drawdown; the earliest one when two are equally deep. */
    public static Drawdown max(List<EquityPoint> curve, double initialCash) {
        double peak = initialCash;
        Instant peakTime = curve.isEmpty() ? null : curve.getFirst().time();
        double deepest = 0;
        int trough = -1;
        Instant deepestPeak = null;
        double deepestPeakValue = 0;
        for (int i = 0; i < curve.size(); i++) {
            double equity = curve.get(i).equity().doubleValue();
            if (equity >= peak) {
                peak = equity;
                peakTime = curve.get(i).time();
            }
            double depth = (peak - equity) / peak;
            if (depth > deepest) {
                deepest = depth;
                trough = i;
                deepestPeak = peakTime;
                deepestPeakValue = peak;
            }
        }
        if (trough < 0) {
            return new Drawdown(0, null, null, null);
        }
        Instant recovery = null;
        for (int i = trough + 1; i < curve.size() && recovery == null; i++) {
            if (curve.get(i).equity().doubleValue() >= deepestPeakValue) {
                recovery = curve.get(i).time();
            }
        }
        return new Drawdown(deepest, deepestPeak, curve.get(trough).time(), recovery);
    }
}
