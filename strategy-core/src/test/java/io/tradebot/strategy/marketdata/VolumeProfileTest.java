package io.tradebot.strategy.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VolumeProfileTest {

    private static IntradayBar bar(LocalDate date, int minute, long volume) {
        BigDecimal price = BigDecimal.TEN;
        return new IntradayBar(RegularSession.minuteStart(date, minute), price, price, price, price, volume);
    }

    @Test
    void averagesEachSessionsShareOfVolumePerMinute() {
        LocalDate monday = LocalDate.of(2011, 3, 7);
        LocalDate tuesday = LocalDate.of(2011, 3, 8);
        // Monday: minute 0 has 3/4 of the volume, minute 389 1/4. Tuesday: minute 0 alone (1/1).
        VolumeProfile profile = VolumeProfile.fromSessions(List.of(
                List.of(bar(monday, 0, 300), bar(monday, 389, 100)),
                List.of(bar(tuesday, 0, 5000))));
        assertThat(profile.share(0)).isCloseTo((0.75 + 1.0) / 2, offset(1e-12));
        assertThat(profile.share(389)).isCloseTo(0.25 / 2, offset(1e-12));
        assertThat(profile.share(100)).isZero();
    }

    @Test
    void splitAddsUpToTheVolumeExactly() {
        VolumeProfile profile = MinuteBarModelTest.uShape();
        for (long volume : new long[] {0, 1, 389, 390, 391, 12_345_677, 2_999_999_999L, 40_000_000_000L}) {
            long[] parts = profile.split(volume);
            assertThat(parts).hasSize(390);
            assertThat(Arrays.stream(parts).sum()).isEqualTo(volume);
            assertThat(Arrays.stream(parts).min().orElseThrow()).isNotNegative();
        }
    }

    @Test
    void splitGivesLeftoverSharesToTheLargestRemainders() {
        double[] weights = new double[390];
        weights[0] = 2;
        weights[1] = 1;
        long[] parts = VolumeProfile.of(weights).split(4);
        // 4 × 2/3 = 2.67 and 4 × 1/3 = 1.33: floors 2 and 1, the leftover share goes to minute 0.
        assertThat(parts[0]).isEqualTo(3);
        assertThat(parts[1]).isEqualTo(1);
    }

    @Test
    void rejectsProfilesOfTheWrongLengthOrWithoutVolume() {
        assertThatThrownBy(() -> VolumeProfile.of(new double[10])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VolumeProfile.of(new double[390])).isInstanceOf(IllegalArgumentException.class);
        double[] negative = IntStream.range(0, 390).mapToDouble(i -> i == 3 ? -1 : 1).toArray();
        assertThatThrownBy(() -> VolumeProfile.of(negative)).isInstanceOf(IllegalArgumentException.class);
        LocalDate day = LocalDate.of(2011, 3, 7);
        IntradayBar preMarket = new IntradayBar(RegularSession.open(day).minusSeconds(60), BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE, 10);
        assertThatThrownBy(() -> VolumeProfile.fromSessions(List.of(List.of(preMarket))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
