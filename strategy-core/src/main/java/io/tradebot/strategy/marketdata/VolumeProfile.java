package io.tradebot.strategy.marketdata;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The average share of a regular session's volume traded in each of its 390 minutes. Built from real
 * minute bars: for each session, every minute's volume divided by the session's total, then averaged
 * over the sessions (a minute without trades counts as a share of 0). Splits a day's volume into
 * whole shares that add up to it exactly.
 */
public final class VolumeProfile {

    /** Shares are held as integer weights of this resolution so the split is exact integer arithmetic. */
    private static final double RESOLUTION = 1e9;

    private final double[] shares;
    private final long[] weights;
    private final BigInteger totalWeight;
    private final long maxWeight;

    private VolumeProfile(double[] shares) {
        if (shares.length != RegularSession.MINUTES) {
            throw new IllegalArgumentException("a profile needs " + RegularSession.MINUTES + " shares, got " + shares.length);
        }
        double sum = Arrays.stream(shares).sum();
        if (Arrays.stream(shares).anyMatch(share -> !(share >= 0) || Double.isInfinite(share)) || !(sum > 0)) {
            throw new IllegalArgumentException("profile shares must be finite, not negative, and not all zero");
        }
        this.shares = Arrays.stream(shares).map(share -> share / sum).toArray();
        this.weights = Arrays.stream(this.shares).mapToLong(share -> Math.round(share * RESOLUTION)).toArray();
        this.totalWeight = BigInteger.valueOf(Arrays.stream(weights).sum());
        this.maxWeight = Arrays.stream(weights).max().orElse(1);
    }

    /** A profile from 390 non-negative weights (normalised to sum to 1). */
    public static VolumeProfile of(double[] shares) {
        return new VolumeProfile(shares.clone());
    }

    /** The average intraday profile of {@code sessions}, each the regular-session minute bars of one day. */
    public static VolumeProfile fromSessions(Collection<List<IntradayBar>> sessions) {
        double[] sum = new double[RegularSession.MINUTES];
        int counted = 0;
        for (List<IntradayBar> session : sessions) {
            double total = session.stream().mapToLong(IntradayBar::volume).sum();
            for (IntradayBar bar : session) {
                int minute = RegularSession.minuteOf(bar.start());
                if (minute < 0) {
                    throw new IllegalArgumentException("bar at " + bar.start() + " is outside the regular session");
                }
                sum[minute] += total > 0 ? bar.volume() / total : 0;
            }
            counted += total > 0 ? 1 : 0;
        }
        if (counted == 0) {
            throw new IllegalArgumentException("a volume profile needs at least one session with volume");
        }
        int days = counted;
        return new VolumeProfile(Arrays.stream(sum).map(share -> share / days).toArray());
    }

    /** The share of the session's volume in minute {@code index} (0..389); the shares sum to 1. */
    public double share(int index) {
        return shares[index];
    }

    /**
     * {@code volume} split by the profile into 390 whole-share volumes that sum to it exactly: each
     * minute gets the floor of its share, and the shares left over go one each to the minutes with
     * the largest remainders (ties to the earlier minute).
     */
    public long[] split(long volume) {
        if (volume < 0) {
            throw new IllegalArgumentException("volume must not be negative, was " + volume);
        }
        long[] parts = new long[weights.length];
        long[] remainders = new long[weights.length];
        long total = totalWeight.longValueExact();
        boolean fitsInLong = volume <= Long.MAX_VALUE / Math.max(1, maxWeight);
        long assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            if (fitsInLong) {
                long product = volume * weights[i];
                parts[i] = product / total;
                remainders[i] = product % total;
            } else {
                BigInteger[] division = BigInteger.valueOf(volume).multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(totalWeight);
                parts[i] = division[0].longValueExact();
                remainders[i] = division[1].longValueExact();
            }
            assigned += parts[i];
        }
        IntStream.range(0, weights.length).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> remainders[i]).reversed().thenComparing(i -> i))
                .limit(volume - assigned)
                .forEach(i -> parts[i]++);
        return parts;
    }
}
