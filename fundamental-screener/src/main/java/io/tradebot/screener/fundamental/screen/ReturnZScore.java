package io.tradebot.screener.fundamental.screen;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A day's return against the stock's previous N daily returns. Returns are simple,
 * r = close / previous close − 1; the mean and σ are over the N returns before the day (the day itself
 * excluded); σ is the population standard deviation, √(Σ (r − mean)² / N); z = (r − mean) / σ.
 *
 * @param day         the screened session
 * @param dayReturn   its return
 * @param mean        mean of the N returns before it
 * @param sigma       their population standard deviation
 * @param z           (dayReturn − mean) / sigma
 * @param window      N
 * @param windowStart the session of the first of the N returns
 */
public record ReturnZScore(LocalDate day, double dayReturn, double mean, double sigma, double z, int window,
        LocalDate windowStart) {

    /**
     * The z-score of {@code day}, from closes in ascending date order. Empty when the closes do not
     * include {@code day}, hold fewer than N + 2 sessions up to it, or do not vary (σ = 0).
     * Closes after {@code day} are ignored, so nothing later than the day is ever used.
     */
    public static Optional<ReturnZScore> of(List<DailyClose> closes, LocalDate day, int window) {
        int last = -1;
        for (int i = 0; i < closes.size() && !closes.get(i).date().isAfter(day); i++) {
            last = i;
        }
        int first = last - window - 1;
        if (last < 0 || !closes.get(last).date().equals(day) || first < 0) {
            return Optional.empty();
        }
        double[] returns = new double[window];
        for (int i = 0; i < window; i++) {
            returns[i] = simpleReturn(closes, first + i + 1);
        }
        double mean = 0;
        for (double r : returns) {
            mean += r;
        }
        mean /= window;
        double squares = 0;
        for (double r : returns) {
            squares += (r - mean) * (r - mean);
        }
        double sigma = Math.sqrt(squares / window);
        if (!(sigma > 0)) {
            return Optional.empty();
        }
        double dayReturn = simpleReturn(closes, last);
        return Optional.of(new ReturnZScore(day, dayReturn, mean, sigma, (dayReturn - mean) / sigma, window,
                closes.get(first + 1).date()));
    }

    private static double simpleReturn(List<DailyClose> closes, int i) {
        return closes.get(i).close().doubleValue() / closes.get(i - 1).close().doubleValue() - 1;
    }
}
