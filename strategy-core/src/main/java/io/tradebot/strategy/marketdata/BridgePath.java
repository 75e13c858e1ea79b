package io.tradebot.strategy.marketdata;

import java.util.Random;

/**
 * A seeded random price path of {@code n} steps from open to close that touches the day's high and
 * low exactly once each at least and never leaves [low, high]. Points are in double: this is a model.
 *
 * <ol>
 *   <li>A Brownian bridge from open to close (per-step deviation (high − low) / (2√n)) decides when the
 *       extremes happen: its highest interior point is where the path touches the high, its lowest
 *       interior point where it touches the low.</li>
 *   <li>Between the anchors open → first extreme → second extreme → close the path is a fresh
 *       Brownian bridge each, reflected at and then clamped to [low, high].</li>
 * </ol>
 */
final class BridgePath {

    private BridgePath() {
    }

    /** {@code n + 1} points: point 0 is the open, point n the close. */
    static double[] of(double open, double high, double low, double close, int n, Random random) {
        double sigma = (high - low) / (2 * Math.sqrt(n));
        double[] guide = bridge(open, close, n, sigma, random);
        int highAt = extremeIndex(guide, true);
        int lowAt = extremeIndex(guide, false);
        if (highAt == lowAt) {
            lowAt = highAt == 1 ? 2 : highAt - 1;
        }
        double[] path = new double[n + 1];
        int first = Math.min(highAt, lowAt);
        int second = Math.max(highAt, lowAt);
        double firstPrice = first == highAt ? high : low;
        double secondPrice = second == highAt ? high : low;
        fill(path, 0, open, first, firstPrice, sigma, random);
        fill(path, first, firstPrice, second, secondPrice, sigma, random);
        fill(path, second, secondPrice, n, close, sigma, random);
        for (int i = 0; i <= n; i++) {
            path[i] = bounded(path[i], low, high);
        }
        return path;
    }

    /** Reflects a point that overshoots a bound back inside, then clamps what is still outside. */
    static double bounded(double value, double low, double high) {
        double reflected = value > high ? 2 * high - value : value < low ? 2 * low - value : value;
        return Math.min(high, Math.max(low, reflected));
    }

    private static void fill(double[] path, int from, double start, int to, double end, double sigma, Random random) {
        double[] segment = bridge(start, end, to - from, sigma, random);
        System.arraycopy(segment, 0, path, from, segment.length);
    }

    /** A Brownian bridge of {@code steps} steps from {@code start} to {@code end}; {@code steps + 1} points. */
    private static double[] bridge(double start, double end, int steps, double sigma, Random random) {
        double[] walk = new double[steps + 1];
        for (int i = 1; i <= steps; i++) {
            walk[i] = walk[i - 1] + sigma * random.nextGaussian();
        }
        double[] points = new double[steps + 1];
        for (int i = 0; i <= steps; i++) {
            double t = steps == 0 ? 0 : (double) i / steps;
            points[i] = start + (end - start) * t + walk[i] - t * walk[steps];
        }
        return points;
    }

    private static int extremeIndex(double[] points, boolean highest) {
        int best = 1;
        for (int i = 2; i < points.length - 1; i++) {
            if (highest ? points[i] > points[best] : points[i] < points[best]) {
                best = i;
            }
        }
        return best;
    }
}
