package io.tradebot.strategy.marketdata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Derives the 390 one-minute bars of a regular session from one real daily bar. A model, not data:
 * the derived bars reproduce exactly what is known of the day (first open = open, last close = close,
 * highest high = high, lowest low = low, Σ volume = volume) and invent the path in between.
 *
 * <ul>
 *   <li>Prices: a seeded {@link BridgePath} from open to close touching high and low; bar i opens at
 *       point i and closes at point i + 1. Each bar's high and low add a seeded half-normal wick of half
 *       the path's per-minute deviation, kept inside the day's range. Prices are rounded (half-even) to
 *       the day's own decimals, at least cents.</li>
 *   <li>Volume: the day's volume split by the {@link VolumeProfile} of real minute bars.</li>
 *   <li>Seed: FNV-1a 64 of {@code "SYMBOL|yyyy-MM-dd"} into {@link java.util.Random}, whose algorithm the
 *       Java specification fixes: the same symbol and day give the same bars on every JVM and run.</li>
 * </ul>
 */
public final class MinuteBarModel {

    private final VolumeProfile profile;

    public MinuteBarModel(VolumeProfile profile) {
        this.profile = profile;
    }

    /** The 390 derived minute bars of {@code day}, ascending. */
    public List<IntradayBar> derive(DailyOhlcv day) {
        int n = RegularSession.MINUTES;
        Random random = new Random(seed(day));
        double[] path = BridgePath.of(day.open().doubleValue(), day.high().doubleValue(), day.low().doubleValue(),
                day.close().doubleValue(), n, random);
        int scale = Stream.of(day.open(), day.high(), day.low(), day.close()).mapToInt(BigDecimal::scale).max().orElse(2);
        PriceGrid grid = new PriceGrid(day.low(), day.high(), Math.max(2, scale));
        BigDecimal[] points = new BigDecimal[n + 1];
        for (int i = 1; i < n; i++) {
            points[i] = grid.round(path[i], RoundingMode.HALF_EVEN);
        }
        points[0] = day.open();
        points[n] = day.close();
        return bars(day, points, grid, random);
    }

    private List<IntradayBar> bars(DailyOhlcv day, BigDecimal[] points, PriceGrid grid, Random random) {
        int n = points.length - 1;
        double wick = (day.high().doubleValue() - day.low().doubleValue()) / (4 * Math.sqrt(n));
        long[] volumes = profile.split(day.volume());
        Instant open = RegularSession.open(day.date());
        List<IntradayBar> bars = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            BigDecimal top = points[i].max(points[i + 1]);
            BigDecimal bottom = points[i].min(points[i + 1]);
            BigDecimal high = grid.round(top.doubleValue() + Math.abs(random.nextGaussian()) * wick, RoundingMode.CEILING).max(top);
            BigDecimal low = grid.round(bottom.doubleValue() - Math.abs(random.nextGaussian()) * wick, RoundingMode.FLOOR).min(bottom);
            bars.add(new IntradayBar(open.plusSeconds(60L * i), points[i], high, low, points[i + 1], volumes[i]));
        }
        return bars;
    }

    /** The seed of {@code day}: FNV-1a 64 over the UTF-8 bytes of {@code "SYMBOL|yyyy-MM-dd"}. */
    public static long seed(DailyOhlcv day) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : (day.symbol() + "|" + day.date()).getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** Rounds model prices to a tick of 10^-scale and keeps them inside the day's range. */
    private record PriceGrid(BigDecimal low, BigDecimal high, int scale) {

        /** Tolerance for binary floating point noise, far below a tick (e.g. 139.52 × 100 = 13952.000000000002). */
        private static final double NOISE = 1e-6;

        BigDecimal round(double value, RoundingMode mode) {
            double ticks = value * Math.pow(10, scale);
            double rounded = switch (mode) {
                case CEILING -> Math.ceil(ticks - NOISE);
                case FLOOR -> Math.floor(ticks + NOISE);
                default -> Math.rint(ticks);
            };
            return BigDecimal.valueOf((long) rounded, scale).max(low).min(high);
        }
    }
}
