package io.tradebot.strategy.signal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigValidationTest {

    private static final EntryRules E = EntryRules.DEFAULTS;
    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal TEN = BigDecimal.TEN;

    static Stream<Arguments> badConfigs() {
        return Stream.of(
                bad("fast", () -> new MaCrossoverConfig(0, 50, E)),
                bad("slow", () -> new MaCrossoverConfig(1, 1, E)),
                bad("fast (50) must be shorter than slow (20)", () -> new MaCrossoverConfig(50, 20, E)),
                bad("period", () -> new RsiMeanReversionConfig(1, 30, 70, E)),
                bad("oversold", () -> new RsiMeanReversionConfig(14, -1, 70, E)),
                bad("overbought", () -> new RsiMeanReversionConfig(14, 30, Double.NaN, E)),
                bad("oversold (70.0) must be below overbought (30.0)", () -> new RsiMeanReversionConfig(14, 70, 30, E)),
                bad("lookback", () -> new MomentumBreakoutConfig(0, 1.5, 10, E)),
                bad("volumeFactor", () -> new MomentumBreakoutConfig(20, -0.5, 10, E)),
                bad("volumeFactor", () -> new MomentumBreakoutConfig(20, Double.POSITIVE_INFINITY, 10, E)),
                bad("exitLookback", () -> new MomentumBreakoutConfig(20, 1.5, 0, E)),
                bad("quorum", () -> new MixedConfig(0, MaCrossoverConfig.DEFAULTS, RsiMeanReversionConfig.DEFAULTS,
                        MomentumBreakoutConfig.DEFAULTS, E)),
                bad("quorum must be at most 3, was 4", () -> new MixedConfig(4, MaCrossoverConfig.DEFAULTS,
                        RsiMeanReversionConfig.DEFAULTS, MomentumBreakoutConfig.DEFAULTS, E)),
                bad("fast (26) must be shorter than slow (12)", () -> new MacdVwapConfig(26, 12, 9, 15, E)),
                bad("signal", () -> new MacdVwapConfig(12, 26, 0, 15, E)),
                bad("flatMinutesBeforeClose", () -> new MacdVwapConfig(12, 26, 9, 0, E)),
                bad("flatMinutesBeforeClose must be at most 390", () -> new MacdVwapConfig(12, 26, 9, 391, E)),
                bad("riskPct", () -> new FundamentalConfig(BigDecimal.ZERO, TEN, ONE, ONE, 5, BigDecimal.ZERO)),
                bad("maxPositionPct", () -> new FundamentalConfig(ONE, new BigDecimal("100.5"), ONE, ONE, 5,
                        BigDecimal.ZERO)),
                bad("stopLossPct", () -> new FundamentalConfig(ONE, TEN, new BigDecimal("100"), ONE, 5, BigDecimal.ZERO)),
                bad("takeProfitPct", () -> new FundamentalConfig(ONE, TEN, ONE, new BigDecimal("-5"), 5, BigDecimal.ZERO)),
                bad("timeStopDays", () -> new FundamentalConfig(ONE, TEN, ONE, ONE, 0, BigDecimal.ZERO)),
                bad("positionPct", () -> new EntryRules(new BigDecimal("0"), ONE, ONE)),
                bad("stopLossPct is required", () -> new EntryRules(TEN, null, ONE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badConfigs")
    void rejectsABadValueNamingTheField(String message, ThrowingCallable construct) {
        assertThatThrownBy(construct).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void acceptsTheDefaultsAndTheEdgesOfTheRanges() {
        assertThatCode(() -> {
            new MaCrossoverConfig(1, 2, new EntryRules(new BigDecimal("100"), new BigDecimal("99.99"), ONE));
            new RsiMeanReversionConfig(2, 0, 100, E);
            new MixedConfig(3, MaCrossoverConfig.DEFAULTS, RsiMeanReversionConfig.DEFAULTS,
                    MomentumBreakoutConfig.DEFAULTS, E);
            new MacdVwapConfig(1, 2, 1, 390, E);
            new FundamentalConfig(new BigDecimal("0.01"), new BigDecimal("100"), ONE, ONE, 1, new BigDecimal("-5"));
        }).doesNotThrowAnyException();
    }

    private static Arguments bad(String message, ThrowingCallable construct) {
        return Arguments.of(message, construct);
    }
}
