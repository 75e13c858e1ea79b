package io.tradebot.cli;

import io.tradebot.strategy.backtest.BacktestResult;
import io.tradebot.strategy.backtest.EquityPoint;
import io.tradebot.strategy.backtest.SymbolBars;
import io.tradebot.strategy.backtest.Trade;
import io.tradebot.strategy.backtest.report.Drawdown;
import io.tradebot.strategy.backtest.report.Drawdowns;
import io.tradebot.strategy.backtest.report.Metrics;
import io.tradebot.strategy.backtest.report.SymbolSummary;
import io.tradebot.strategy.fill.Bar;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code report.html}: one self-contained page (inline CSS and SVG, no script, no external reference) with the
 * assumptions banner, the metrics, equity and drawdown charts, each symbol's closes with its trades marked, the
 * per-symbol breakdown and the trade list.
 */
final class ReportHtml {

    /** Price charts are drawn for at most this many symbols (those with the most trades first). */
    static final int MAX_PRICE_CHARTS = 20;

    private ReportHtml() {
    }

    static String of(BacktestRun run) {
        BacktestResult result = run.report().result();
        StringBuilder html = new StringBuilder(1 << 16);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Backtest: ")
                .append(Html.escape(result.strategy())).append("</title><style>")
                .append("body{font-family:sans-serif;margin:1.5em;color:#222}table{border-collapse:collapse;margin:.5em 0}")
                .append("td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}th{background:#eee}")
                .append("td.l,th.l{text-align:left}.banner{background:#fff6d6;border:1px solid #e0c060;padding:.5em 1em}")
                .append("svg{width:100%;max-width:960px;height:auto;display:block}</style></head><body>\n");
        html.append("<h1>Backtest: ").append(Html.escape(result.strategy())).append("</h1>\n<p>")
                .append(Html.escape(String.join(", ", result.symbols()))).append(" &middot; ")
                .append(run.intraday() ? "intraday" : "daily").append(" bars, ")
                .append(Html.escape(run.label(result.equityCurve().getFirst().time()))).append(" to ")
                .append(Html.escape(run.label(result.equityCurve().getLast().time()))).append(" (New York time) &middot; ")
                .append(parameters(run.parameters())).append("</p>\n");
        html.append("<div class=\"banner\"><strong>Assumptions</strong><ul>");
        run.report().assumptions().forEach(a -> html.append("<li>").append(Html.escape(a)).append("</li>"));
        html.append("</ul></div>\n");
        metrics(html, run);
        charts(html, run);
        symbols(html, run.report().symbols());
        trades(html, run);
        return html.append("</body></html>\n").toString();
    }

    private static String parameters(Map<String, String> parameters) {
        List<String> pairs = new ArrayList<>();
        parameters.forEach((k, v) -> pairs.add(k + "=" + v));
        return Html.escape(String.join(" ", pairs));
    }

    private static void metrics(StringBuilder html, BacktestRun run) {
        Metrics m = run.report().metrics();
        Drawdown d = m.maxDrawdown();
        html.append("<h2>Metrics</h2><table>");
        row(html, "Initial cash", Html.money(m.initialCash()));
        row(html, "Final equity", Html.money(m.finalEquity()));
        row(html, "Net P&L (after commissions)", Html.money(m.netPnl()));
        row(html, "Commissions", Html.money(m.commission()));
        row(html, "Total return", Html.percent(m.totalReturn()));
        row(html, "CAGR (" + m.sessions() + " sessions / 252)", Html.percent(m.cagr()));
        row(html, "Sharpe (daily, ×√252, risk-free 0)", Html.ratio(m.sharpe()));
        row(html, "Sortino (daily, ×√252, target 0)", Html.ratio(m.sortino()));
        row(html, "Calmar (CAGR / max drawdown)", Html.ratio(m.calmar()));
        row(html, "Max drawdown", Html.percent(d.depth()));
        row(html, "Drawdown peak / trough / recovery", (d.peak() == null ? "n/a" : run.label(d.peak())) + " / "
                + (d.trough() == null ? "n/a" : run.label(d.trough())) + " / "
                + (d.recovery() == null ? (d.peak() == null ? "n/a" : "not recovered") : run.label(d.recovery())));
        row(html, "Trades", String.valueOf(m.trades()));
        row(html, "Win rate", Html.percent(m.winRate()));
        row(html, "Profit factor", m.profitFactor() == null && m.trades() > 0 ? "no losing trade"
                : Html.ratio(m.profitFactor()));
        row(html, "Exposure (share of bars with a position)", Html.percent(m.exposure()));
        row(html, "Entries skipped", String.valueOf(run.report().result().skippedEntries()));
        html.append("</table>\n");
    }

    private static void row(StringBuilder html, String name, String value) {
        html.append("<tr><th class=\"l\">").append(Html.escape(name)).append("</th><td>").append(Html.escape(value))
                .append("</td></tr>");
    }

    private static void charts(StringBuilder html, BacktestRun run) {
        List<EquityPoint> curve = run.report().result().equityCurve();
        double[] equity = curve.stream().mapToDouble(p -> p.equity().doubleValue()).toArray();
        double[] drawdown = Drawdowns.series(curve, run.report().metrics().initialCash().doubleValue());
        for (int i = 0; i < drawdown.length; i++) {
            drawdown[i] = -drawdown[i] * 100;
        }
        String first = run.label(curve.getFirst().time());
        String last = run.label(curve.getLast().time());
        html.append("<h2>Equity</h2>").append(SvgChart.line(equity, first, last, "#1f5fbf", false, List.of()));
        html.append("\n<h2>Drawdown (%)</h2>").append(SvgChart.line(drawdown, first, last, "#c0392b", true, List.of()));
        html.append("\n<h2>Prices and trades</h2><p>▲ long entry, ▼ short entry, ● exit (green: profit, red: loss). "
                + "Closes, one point per bar.</p>\n");
        List<SymbolSummary> bySymbol = new ArrayList<>(run.report().symbols());
        bySymbol.sort((a, b) -> Integer.compare(b.trades(), a.trades()));
        for (SymbolSummary summary : bySymbol.subList(0, Math.min(MAX_PRICE_CHARTS, bySymbol.size()))) {
            SymbolBars bars = run.data().stream().filter(s -> s.symbol().equals(summary.symbol())).findFirst().orElseThrow();
            html.append("<h3>").append(Html.escape(summary.symbol())).append("</h3>").append(priceChart(run, bars))
                    .append('\n');
        }
        if (bySymbol.size() > MAX_PRICE_CHARTS) {
            html.append("<p>Price charts for ").append(bySymbol.size() - MAX_PRICE_CHARTS)
                    .append(" more symbols are left out; their trades are in the table below.</p>\n");
        }
    }

    private static String priceChart(BacktestRun run, SymbolBars symbol) {
        List<Bar> bars = symbol.bars();
        double[] closes = bars.stream().mapToDouble(b -> b.close().doubleValue()).toArray();
        List<SvgChart.Marker> markers = new ArrayList<>();
        for (Trade t : run.report().result().trades()) {
            if (t.symbol().equals(symbol.symbol())) {
                boolean isLong = t.side().equals("LONG");
                markers.add(new SvgChart.Marker(indexAt(bars, t.entryTime()), t.entryPrice().doubleValue(),
                        isLong ? "up" : "down", isLong ? "#2e8b57" : "#c0392b", t.side() + " entry "
                                + run.label(t.entryTime()) + " at " + Html.price(t.entryPrice())));
                markers.add(new SvgChart.Marker(indexAt(bars, t.exitTime()), t.exitPrice().doubleValue(), "circle",
                        t.pnl().signum() > 0 ? "#2e8b57" : "#c0392b", "exit " + run.label(t.exitTime()) + " at "
                                + Html.price(t.exitPrice()) + " (" + t.exitReason() + "), P&L " + Html.money(t.pnl())));
            }
        }
        return SvgChart.line(closes, run.label(bars.getFirst().start()), run.label(bars.getLast().start()), "#555",
                false, markers);
    }

    /** The index of the last bar starting at or before {@code time}. */
    static int indexAt(List<Bar> bars, Instant time) {
        int low = 0;
        int high = bars.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (bars.get(mid).start().isAfter(time)) {
                high = mid - 1;
            } else {
                low = mid;
            }
        }
        return low;
    }

    private static void symbols(StringBuilder html, List<SymbolSummary> symbols) {
        html.append("<h2>Per symbol</h2><table><tr><th class=\"l\">Symbol</th><th>Trades</th><th>Win rate</th>")
                .append("<th>Net P&amp;L</th><th>Gross profit</th><th>Gross loss</th><th>Commission</th>")
                .append("<th>Profit factor</th></tr>");
        for (SymbolSummary s : symbols) {
            html.append("<tr><td class=\"l\">").append(Html.escape(s.symbol())).append("</td><td>").append(s.trades())
                    .append("</td><td>").append(Html.percent(s.winRate())).append("</td><td>")
                    .append(Html.money(s.netPnl())).append("</td><td>").append(Html.money(s.grossProfit()))
                    .append("</td><td>").append(Html.money(s.grossLoss())).append("</td><td>")
                    .append(Html.money(s.commission())).append("</td><td>").append(Html.ratio(s.profitFactor()))
                    .append("</td></tr>");
        }
        html.append("</table>\n");
    }

    private static void trades(StringBuilder html, BacktestRun run) {
        html.append("<h2>Trades</h2><table><tr><th class=\"l\">Symbol</th><th class=\"l\">Side</th>")
                .append("<th class=\"l\">Entry</th><th>Entry price</th><th class=\"l\">Exit</th><th>Exit price</th>")
                .append("<th>Quantity</th><th>P&amp;L</th><th>Commission</th><th class=\"l\">Exit reason</th>")
                .append("<th class=\"l\">Entry reason</th><th class=\"l\">Entry order id</th></tr>");
        for (Trade t : run.report().result().trades()) {
            html.append("<tr><td class=\"l\">").append(Html.escape(t.symbol())).append("</td><td class=\"l\">")
                    .append(t.side()).append("</td><td class=\"l\">").append(Html.escape(run.label(t.entryTime())))
                    .append("</td><td>").append(Html.price(t.entryPrice())).append("</td><td class=\"l\">")
                    .append(Html.escape(run.label(t.exitTime()))).append("</td><td>").append(Html.price(t.exitPrice()))
                    .append("</td><td>").append(Html.price(t.quantity())).append("</td><td>").append(Html.money(t.pnl()))
                    .append("</td><td>").append(Html.money(t.commission())).append("</td><td class=\"l\">")
                    .append(Html.escape(t.exitReason())).append("</td><td class=\"l\">")
                    .append(Html.escape(t.entryReason())).append("</td><td class=\"l\">")
                    .append(Html.escape(t.entryId())).append("</td></tr>");
        }
        html.append("</table>\n");
    }
}
