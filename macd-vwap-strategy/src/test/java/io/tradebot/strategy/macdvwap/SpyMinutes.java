package io.tradebot.strategy.macdvwap;

import io.tradebot.strategy.fill.Bar;
import io.tradebot.strategy.marketdata.RegularSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Real SPY 1-minute bars of March 2011, read from the file ibkr-client bundles (a NinjaTrader export with UTC bar
 * end times): the regular-session bars of the days asked for, with their start times, as ibkr-client serves them.
 */
public final class SpyMinutes {

    private static final Path FILE = Path.of("../ibkr-client/src/main/resources/marketdata/intraday/nt-spy-minute-2011-03.csv");
    private static final DateTimeFormatter END = DateTimeFormatter.ofPattern("yyyyMMdd HHmmss");

    private SpyMinutes() {
    }

    public static List<Bar> of(LocalDate... days) {
        Set<LocalDate> wanted = Set.of(days);
        try (var lines = Files.lines(FILE)) {
            return lines.filter(line -> !line.isBlank()).map(SpyMinutes::bar)
                    .filter(bar -> wanted.contains(bar.start().atZone(RegularSession.ZONE).toLocalDate()))
                    .filter(SpyMinutes::regular)
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bars as the BarView JSON array ibkr-client answers with. */
    public static String json(List<Bar> bars) {
        return bars.stream().map(b -> "{\"start\":\"%s\",\"size\":\"1min\",\"open\":%s,\"high\":%s,\"low\":%s,\"close\":%s,\"volume\":%s,\"derived\":false}"
                .formatted(b.start(), b.open().toPlainString(), b.high().toPlainString(), b.low().toPlainString(),
                        b.close().toPlainString(), b.volume().toPlainString()))
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static Bar bar(String line) {
        String[] f = line.split(";");
        Instant end = LocalDateTime.parse(f[0], END).toInstant(ZoneOffset.UTC);
        return new Bar(end.minus(Duration.ofMinutes(1)), end, new BigDecimal(f[1]), new BigDecimal(f[2]),
                new BigDecimal(f[3]), new BigDecimal(f[4]), new BigDecimal(f[5]));
    }

    private static boolean regular(Bar bar) {
        LocalTime start = bar.start().atZone(RegularSession.ZONE).toLocalTime();
        return !start.isBefore(LocalTime.of(9, 30)) && start.isBefore(LocalTime.of(16, 0));
    }
}
