package io.tradebot.screener.fundamental.screen;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One session's close. */
public record DailyClose(LocalDate date, BigDecimal close) {
}
