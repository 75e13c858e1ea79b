package io.tradebot.systemtest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

/**
 * What fundamental-strategy must order for watchlist entries, worked out here from the bundled daily CSVs and the
 * service's default parameters, independently of strategy-core: sized at the trade date's close by 1% risk to a 2%
 * stop, capped at 9% of equity; a -2%/+5% bracket; bought before the next session's open, which it fills at.
 */
final class FundamentalEntries {

    static final BigDecimal RISK_PCT = BigDecimal.ONE;
    static final BigDecimal MAX_POSITION_PCT = new BigDecimal("9");
    static final BigDecimal STOP_LOSS_PCT = new BigDecimal("2");
    static final BigDecimal TAKE_PROFIT_PCT = new BigDecimal("5");
    static final int MAX_PER_DAY = 5;
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final DateTimeFormatter BAR_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    /**
     * One entry order and what its session does to it.
     *
     * @param fillDay the session after the trade date: the entry fills at its open, its bracket works from then on
     */
    record Expected(String symbol, String clientOrderId, BigDecimal quantity, BigDecimal stopLoss, BigDecimal takeProfit,
            BundledDailyBars.Bar fillDay) {

        BigDecimal fillPrice() {
            return fillDay.open();
        }

        /** Whether the fill day's range reaches the stop-loss or the take-profit (then a leg may fill that day). */
        boolean bracketReachedOnFillDay() {
            return fillDay.low().compareTo(stopLoss) <= 0 || fillDay.high().compareTo(takeProfit) >= 0;
        }
    }

    /** A watchlist entry as the gateway lists it. */
    record Entry(String symbol, LocalDate tradeDate, BigDecimal score) {
    }

    private FundamentalEntries() {
    }

    /** The orders for {@code entries} of one trade date, best score first, at most {@link #MAX_PER_DAY}, sized on {@code equity}. */
    static List<Expected> expected(BundledDailyBars data, List<Entry> entries, BigDecimal equity) {
        return entries.stream().sorted(Comparator.comparing(Entry::score).reversed().thenComparing(Entry::symbol))
                .limit(MAX_PER_DAY).map(e -> expected(data, e, equity)).toList();
    }

    private static Expected expected(BundledDailyBars data, Entry entry, BigDecimal equity) {
        BigDecimal close = data.bar(entry.symbol(), entry.tradeDate()).close();
        BigDecimal stop = percentAway(close, STOP_LOSS_PCT.negate());
        BigDecimal target = percentAway(close, TAKE_PROFIT_PCT);
        BigDecimal byRisk = equity.multiply(RISK_PCT).divide(HUNDRED.multiply(close.subtract(stop)), 0, RoundingMode.DOWN);
        BigDecimal byCap = equity.multiply(MAX_POSITION_PCT).divide(HUNDRED.multiply(close), 0, RoundingMode.DOWN);
        String barStart = entry.tradeDate().atTime(9, 30).atZone(ZoneId.of("America/New_York"))
                .withZoneSameInstant(ZoneOffset.UTC).format(BAR_TIME);
        return new Expected(entry.symbol(), "fundamental:" + entry.symbol() + ":" + barStart + ":ENTER_LONG",
                byRisk.min(byCap), stop, target, data.nextSession(entry.symbol(), entry.tradeDate()));
    }

    /** {@code price} moved by {@code pct}%, to the cent, half up (every bundled price is above $1). */
    private static BigDecimal percentAway(BigDecimal price, BigDecimal pct) {
        return price.multiply(HUNDRED.add(pct)).divide(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    /** IBKR fixed pricing: $0.005/share, $1 min, 1% of value max. */
    static BigDecimal ibkrFixedCommission(BigDecimal quantity, BigDecimal price) {
        BigDecimal fee = quantity.multiply(new BigDecimal("0.005")).max(BigDecimal.ONE);
        return fee.min(quantity.multiply(price).movePointLeft(2));
    }
}
