package io.tradebot.strategy.marketdata;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregates bars into coarser bars aligned to whole multiples of the size since the epoch (for 5
 * minutes: :00, :05, ... which includes 09:30 New York). A bucket's bar starts at the bucket's start,
 * opens at its first bar's open, closes at its last bar's close, and spans their highs, lows and
 * volumes. Buckets without bars (no trades) produce no bar.
 */
public final class BarAggregation {

    private BarAggregation() {
    }

    /** {@code bars} (ascending) aggregated to {@code size}, ascending. */
    public static List<IntradayBar> aggregate(List<IntradayBar> bars, Duration size) {
        long seconds = size.toSeconds();
        if (seconds <= 0) {
            throw new IllegalArgumentException("bar size must be at least a second, was " + size);
        }
        Map<Instant, List<IntradayBar>> buckets = new LinkedHashMap<>();
        for (IntradayBar bar : bars) {
            long epoch = bar.start().getEpochSecond();
            Instant bucket = Instant.ofEpochSecond(epoch - Math.floorMod(epoch, seconds));
            buckets.computeIfAbsent(bucket, b -> new ArrayList<>()).add(bar);
        }
        List<IntradayBar> result = new ArrayList<>(buckets.size());
        buckets.forEach((start, members) -> result.add(merge(start, members)));
        return result;
    }

    private static IntradayBar merge(Instant start, List<IntradayBar> members) {
        IntradayBar first = members.getFirst();
        var high = first.high();
        var low = first.low();
        long volume = 0;
        for (IntradayBar bar : members) {
            high = high.max(bar.high());
            low = low.min(bar.low());
            volume += bar.volume();
        }
        return new IntradayBar(start, first.open(), high, low, members.getLast().close(), volume);
    }
}
