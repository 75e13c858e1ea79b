package io.tradebot.strategy.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ta4j.core.Indicator;
import org.ta4j.core.num.Num;

/** Bar-by-bar comparison of an indicator with reference values, warm-up included. */
final class BarByBar {

    /** After warm-up: |actual - expected| <= 1e-9 x scale, where scale is |expected| unless a larger one is given. */
    static final double RELATIVE = 1e-9;

    private BarByBar() {
    }

    /** Relative to the value itself. */
    static void assertMatches(String what, Indicator<Num> actual, double[] expected) {
        assertMatches(what, actual, expected, new double[expected.length]);
    }

    /**
     * Relative to max(|expected|, scale[i]): for differences of prices (MACD, sigma, ATR) whose value can be
     * arbitrarily close to 0 while their rounding error is relative to the prices they are computed from.
     */
    static void assertMatches(String what, Indicator<Num> actual, double[] expected, double[] scale) {
        List<String> mismatches = new ArrayList<>();
        int count = 0;
        int firstDefined = -1;
        for (int i = 0; i < expected.length; i++) {
            Num value = actual.getValue(i);
            if (Double.isNaN(expected[i])) {
                if (!undefined(value)) {
                    count++;
                    note(mismatches, "bar " + i + ": expected undefined, was " + value);
                }
                continue;
            }
            if (firstDefined < 0) {
                firstDefined = i;
            }
            double tolerance = RELATIVE * Math.max(Math.abs(expected[i]), scale[i]);
            if (undefined(value) || !(Math.abs(value.doubleValue() - expected[i]) <= tolerance)) {
                count++;
                note(mismatches, "bar " + i + ": expected " + expected[i] + ", was " + value);
            }
        }
        assertThat(mismatches).as("%s: %d mismatches of %d bars, first ones", what, count,
                expected.length).isEmpty();
        assertThat(firstDefined).as("%s is defined somewhere", what).isGreaterThanOrEqualTo(0);
        assertThat(actual.getCountOfUnstableBars()).as("%s reports its warm-up", what).isEqualTo(firstDefined);
    }

    /** ta4j's NaN, or a DoubleNum holding a NaN (which does not call itself NaN). */
    static boolean undefined(Num value) {
        return value.isNaN() || Double.isNaN(value.doubleValue());
    }

    private static void note(List<String> mismatches, String mismatch) {
        if (mismatches.size() < 10) {
            mismatches.add(mismatch);
        }
    }
}
