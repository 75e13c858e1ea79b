package io.tradebot.cli;

import io.tradebot.strategy.backtest.BacktestResult;
import io.tradebot.strategy.backtest.EquityPoint;
import io.tradebot.strategy.backtest.Trade;
import io.tradebot.strategy.backtest.report.DailyReturns;
import io.tradebot.strategy.backtest.report.Drawdown;
import io.tradebot.strategy.backtest.report.Drawdowns;
import io.tradebot.strategy.backtest.report.Metrics;
import io.tradebot.strategy.backtest.report.SymbolSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@code report.json}: the run, its assumptions, metrics, per-symbol breakdown, trades and equity curve. */
final class ReportJson {

    private ReportJson() {
    }

    static String of(BacktestRun run) {
        BacktestResult result = run.report().result();
        JsonWriter json = new JsonWriter().beginObject();
        json.field("strategy", result.strategy());
        json.name("parameters").beginObject();
        for (Map.Entry<String, String> p : run.parameters().entrySet()) {
            json.field(p.getKey(), p.getValue());
        }
        json.endObject();
        data(json, run);
        json.name("assumptions").beginArray();
        run.report().assumptions().forEach(json::value);
        json.endArray();
        metrics(json, run);
        json.name("perSymbol").beginArray();
        run.report().symbols().forEach(s -> symbol(json, s));
        json.endArray();
        json.name("trades").beginArray();
        result.trades().forEach(t -> trade(json, run, t));
        json.endArray();
        curve(json, run);
        return json.endObject() + "\n";
    }

    private static void data(JsonWriter json, BacktestRun run) {
        json.name("data").beginObject();
        json.name("files").beginArray();
        run.files().stream().map(Path::toString).forEach(json::value);
        json.endArray();
        if (run.candidates() != null) {
            json.name("candidates").beginObject().field("file", run.candidates().toString())
                    .field("rows", run.candidateCount()).endObject();
        }
        json.name("symbols").beginArray();
        run.report().result().symbols().forEach(json::value);
        json.endArray();
        json.field("interval", run.intraday() ? "intraday" : "daily");
        json.field("timeZone", BarSource.NEW_YORK.getId());
        json.field("from", run.from()).field("to", run.to());
        List<EquityPoint> curve = run.report().result().equityCurve();
        json.field("firstBar", run.label(curve.getFirst().time())).field("lastBar", run.label(curve.getLast().time()));
        json.field("bars", run.barCount());
        json.endObject();
    }

    private static void metrics(JsonWriter json, BacktestRun run) {
        Metrics m = run.report().metrics();
        json.name("metrics").beginObject();
        json.field("initialCash", m.initialCash()).field("finalEquity", m.finalEquity()).field("netPnl", m.netPnl())
                .field("commission", m.commission()).field("totalReturn", m.totalReturn())
                .field("cagr", m.cagr()).field("sharpe", m.sharpe()).field("sortino", m.sortino())
                .field("calmar", m.calmar());
        Drawdown d = m.maxDrawdown();
        json.name("maxDrawdown").beginObject().field("depth", d.depth()).field("peak", run.label(d.peak()))
                .field("trough", run.label(d.trough())).field("recovery", run.label(d.recovery())).endObject();
        json.field("trades", m.trades()).field("wins", m.wins()).field("winRate", m.winRate())
                .field("profitFactor", m.profitFactor()).field("exposure", m.exposure())
                .field("sessions", m.sessions()).field("skippedEntries", run.report().result().skippedEntries());
        json.name("conventions").beginObject().field("returns", "daily: equity at each session's last bar")
                .field("periodsPerYear", DailyReturns.PERIODS_PER_YEAR).field("riskFreeRate", 0)
                .field("fractions", "returns, drawdown, win rate and exposure are fractions (0.1 = 10%)").endObject();
        json.endObject();
    }

    private static void symbol(JsonWriter json, SymbolSummary s) {
        json.beginObject().field("symbol", s.symbol()).field("trades", s.trades()).field("wins", s.wins())
                .field("winRate", s.winRate()).field("netPnl", s.netPnl()).field("grossProfit", s.grossProfit())
                .field("grossLoss", s.grossLoss()).field("commission", s.commission())
                .field("profitFactor", s.profitFactor()).endObject();
    }

    private static void trade(JsonWriter json, BacktestRun run, Trade t) {
        json.beginObject().field("symbol", t.symbol()).field("side", t.side())
                .field("entryTime", run.label(t.entryTime())).field("entryPrice", t.entryPrice())
                .field("exitTime", run.label(t.exitTime())).field("exitPrice", t.exitPrice())
                .field("quantity", t.quantity()).field("pnl", t.pnl()).field("commission", t.commission())
                .field("entryId", t.entryId()).field("entryReason", t.entryReason()).field("exitReason", t.exitReason())
                .endObject();
    }

    private static void curve(JsonWriter json, BacktestRun run) {
        List<EquityPoint> curve = run.report().result().equityCurve();
        double[] drawdown = Drawdowns.series(curve, run.report().metrics().initialCash().doubleValue());
        json.name("equityCurve").beginArray();
        for (int i = 0; i < curve.size(); i++) {
            EquityPoint p = curve.get(i);
            json.beginObject().field("time", run.label(p.time())).field("equity", p.equity()).field("cash", p.cash())
                    .field("drawdown", drawdown[i]).name("invested").value(p.invested()).endObject();
        }
        json.endArray();
    }
}
