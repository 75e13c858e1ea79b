package io.tradebot.benchmarks.screen;

import io.tradebot.screener.fundamental.screen.DailyClose;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Made-up daily closes: a seeded random walk of weekday sessions (about 1.5 % a day, a few symbols with a jump on the
 * last day so the screen has something to find). The same seed gives the same closes.
 */
final class SyntheticCloses {

    private SyntheticCloses() {
    }

    /** {@code sessions} weekday closes of one symbol, the last on {@code last}, oldest first. */
    static List<DailyClose> of(long seed, LocalDate last, int sessions) {
        SplittableRandom random = new SplittableRandom(seed);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = last; days.size() < sessions; d = d.minusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.addFirst(d);
            }
        }
        List<DailyClose> closes = new ArrayList<>(sessions);
        double close = 20 + random.nextDouble() * 200;
        for (int i = 0; i < sessions; i++) {
            double move = 0.015 * gaussian(random) + (i == sessions - 1 && seed % 20 == 0 ? 0.06 : 0);
            close = Math.max(1, close * (1 + move));
            closes.add(new DailyClose(days.get(i), BigDecimal.valueOf(close).setScale(2, RoundingMode.HALF_UP)));
        }
        return closes;
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller; SplittableRandom has no nextGaussian of its own on every JDK this runs on.
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
