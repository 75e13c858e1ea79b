package io.tradebot.ibkr.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Rows of the bundled NinjaTrader SPY minute file read directly, independently of the service's loader:
 * {@code start} is the row's UTC end stamp minus one minute.
 */
record SpyMinuteRows(Instant start, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close, long volume) {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd HHmmss");

    static List<SpyMinuteRows> all() {
        try (InputStream in = SpyMinuteRows.class.getClassLoader()
                .getResourceAsStream("marketdata/intraday/nt-spy-minute-2011-03.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(line -> line.split(";"))
                    .map(c -> new SpyMinuteRows(LocalDateTime.parse(c[0], STAMP).toInstant(ZoneOffset.UTC).minusSeconds(60),
                            new BigDecimal(c[1]), new BigDecimal(c[2]), new BigDecimal(c[3]), new BigDecimal(c[4]),
                            Long.parseLong(c[5])))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when this minute starts 09:30..15:59 New York time. */
    boolean regular() {
        LocalTime time = start.atZone(NEW_YORK).toLocalTime();
        return !time.isBefore(LocalTime.of(9, 30)) && time.isBefore(LocalTime.of(16, 0));
    }

    ZonedDateTime inNewYork() {
        return start.atZone(NEW_YORK);
    }
}
