package io.tradebot.strategy.backtest.report;

import io.tradebot.strategy.backtest.BacktestConfig;
import io.tradebot.strategy.backtest.BacktestResult;
import java.math.BigDecimal;
import java.util.List;

/** The assumptions a backtest rests on, in words, for the banner of its report. */
final class Assumptions {

    private Assumptions() {
    }

    static List<String> of(BacktestResult result) {
        BacktestConfig c = result.config();
        String slippage = c.slippageBps().stripTrailingZeros().toPlainString() + " bps";
        return List.of(
                "Fills: market orders fill at the next bar's open plus " + slippage + " slippage against the order; "
                        + "limit orders at the limit, or the open when the bar opens through it (no slippage); stop "
                        + "orders at the stop, or the open when the bar gaps through it, plus " + slippage + ".",
                "Volume: one execution takes at most " + percent(c.maxVolumeShare()) + " of a bar's volume; the rest "
                        + "keeps working on the next bars.",
                "Commissions: IBKR Pro fixed, $0.005 a share, at least $1.00 and at most 1% of the trade value, per "
                        + "order.",
                "Brackets: the stop-loss and take-profit work from the bar after the entry fills, one cancelling the "
                        + "other; when both could fill in the same bar the stop-loss wins.",
                "Sizing: entries are sized by the strategy at the signal bar's close on the equity then. An entry is "
                        + "skipped when the gross value of positions and pending entries would exceed "
                        + c.maxGrossExposure().stripTrailingZeros().toPlainString() + "× equity ("
                        + result.skippedEntries() + " skipped).",
                "End of data: intents from a symbol's last bar are dropped and an open position is closed at that "
                        + "bar's close (commission charged, no slippage).",
                "Account: starting cash $" + c.initialCash().toPlainString() + "; no interest on cash, no borrow fee "
                        + "on shorts, no dividends beyond what the prices contain.",
                "Metrics: daily returns (equity at each session's last bar), annualised with "
                        + DailyReturns.PERIODS_PER_YEAR + " sessions a year, risk-free rate 0.");
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
