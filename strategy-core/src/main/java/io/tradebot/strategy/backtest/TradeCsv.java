package io.tradebot.strategy.backtest;

import java.math.BigDecimal;
import java.util.List;

/** The trade list as CSV: one header line and one line per trade, always the same bytes for the same trades. */
public final class TradeCsv {

    public static final String HEADER = "symbol,side,entryTime,entryPrice,exitTime,exitPrice,quantity,pnl,commission,"
            + "entryId,entryReason,exitReason";

    private TradeCsv() {
    }

    public static String of(List<Trade> trades) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (Trade t : trades) {
            csv.append(t.symbol()).append(',').append(t.side()).append(',').append(t.entryTime()).append(',')
                    .append(plain(t.entryPrice())).append(',').append(t.exitTime()).append(',')
                    .append(plain(t.exitPrice())).append(',').append(plain(t.quantity())).append(',')
                    .append(plain(t.pnl())).append(',').append(plain(t.commission())).append(',')
                    .append(quoted(t.entryId())).append(',').append(quoted(t.entryReason())).append(',')
                    .append(quoted(t.exitReason())).append('\n');
        }
        return csv.toString();
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
