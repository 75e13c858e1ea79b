package io.tradebot.cli;

import io.tradebot.strategy.backtest.BacktestConfig;
import io.tradebot.strategy.backtest.BacktestEngine;
import io.tradebot.strategy.backtest.BacktestResult;
import io.tradebot.strategy.backtest.Watchlist;
import io.tradebot.strategy.backtest.report.BacktestReport;
import io.tradebot.strategy.backtest.report.Reports;
import io.tradebot.strategy.marketdata.csv.BarFileException;
import io.tradebot.strategy.marketdata.csv.CandidateFileReader;
import io.tradebot.strategy.signal.FundamentalStrategy;
import io.tradebot.strategy.signal.Strategy;
import io.tradebot.strategy.signal.StrategyRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code backtest --strategy NAME --data FILE|DIR ... --out DIR}: runs a strategy over bar files and writes its report. */
@Command(name = "backtest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs a strategy over CSV bar files (header date,open,high,low,close,volume; one symbol per "
                + "file, named SYMBOL.csv or SYMBOL_anything.csv) and writes report.json and report.html to --out.",
                "Exit codes: 0 written, 2 bad input or usage (nothing written), 1 the report could not be written."})
final class BacktestCommand implements Callable<Integer> {

    static final int BAD_INPUT = 2;
    static final int WRITE_FAILED = 1;

    @Spec
    private CommandSpec spec;

    @Option(names = "--strategy", required = true, paramLabel = "NAME",
            description = "macd-vwap, fundamental (needs --candidates), ma-crossover, rsi-mean-reversion, momentum-breakout or mixed")
    private String strategyName;

    @Option(names = "--data", required = true, paramLabel = "FILE|DIR", description = "a bar file, or a directory: every *.csv in it")
    private Path data;

    @Option(names = "--symbols", split = ",", paramLabel = "A,B", description = "only these symbols (default: all)")
    private List<String> symbols = List.of();

    @Option(names = "--from", paramLabel = "yyyy-MM-dd", description = "first day (New York), inclusive")
    private String from;

    @Option(names = "--to", paramLabel = "yyyy-MM-dd", description = "last day (New York), inclusive")
    private String to;

    @Option(names = "--param", arity = "1..*", paramLabel = "k=v", description = "a strategy parameter; repeatable")
    private List<String> params = new ArrayList<>();

    @Option(names = "--candidates", paramLabel = "FILE",
            description = "watchlist candidates for fundamental: CSV with header date,symbol[,score]")
    private Path candidates;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the report directory (created; files in it replaced)")
    private Path out;

    @Option(names = "--cash", paramLabel = "USD", description = "starting cash (default ${DEFAULT-VALUE})")
    private BigDecimal cash = BacktestConfig.DEFAULTS.initialCash();

    @Option(names = "--slippage-bps", paramLabel = "BPS", description = "slippage of market and stop fills (default ${DEFAULT-VALUE})")
    private BigDecimal slippageBps = BacktestConfig.DEFAULTS.slippageBps();

    @Option(names = "--max-volume-share", paramLabel = "SHARE",
            description = "largest share of a bar's volume one execution takes (default ${DEFAULT-VALUE})")
    private BigDecimal maxVolumeShare = BacktestConfig.DEFAULTS.maxVolumeShare();

    @Option(names = "--progress", description = "draw a progress bar on stderr (./tradebot does when stderr is a terminal)")
    private boolean progress;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(err);
        } catch (BadInput e) {
            err.println("tradebot backtest: " + e.getMessage());
            return BAD_INPUT;
        }
    }

    private int run(PrintWriter err) throws BadInput {
        checkOut();
        DateRange range = DateRange.of(from, to);
        BacktestConfig config = config();
        Strategy strategy = strategy();
        List<Watchlist.Entry> watchlist = candidates();
        BarSource.Loaded loaded = load();
        BacktestInput input = BacktestInput.select(loaded, symbols, range, data);
        BacktestResult result = new BacktestEngine(config).run(strategy, input.symbols(), new Watchlist(watchlist),
                ProgressBar.on(err, progress));
        BacktestReport report = Reports.of(result);
        Map<String, String> parameters = new LinkedHashMap<>(StrategyRegistry.defaults(strategyName));
        parameters.putAll(StrategyRegistry.parse(params));
        BacktestRun run = new BacktestRun(report, parameters, loaded.files(), candidates, watchlist.size(), from, to,
                loaded.intraday(), input.symbols());
        try {
            ReportFiles.write(out, ReportJson.of(run), ReportHtml.of(run));
        } catch (IOException e) {
            err.println("tradebot backtest: cannot write the report to " + out + ": " + e.getMessage());
            return WRITE_FAILED;
        }
        summary(run, input.dropped());
        return 0;
    }

    private void checkOut() throws BadInput {
        Path parent = out.toAbsolutePath().normalize().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new BadInput("--out " + out + ": directory " + parent + " does not exist");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new BadInput("--out " + out + " is a file, not a directory");
        }
    }

    private BacktestConfig config() throws BadInput {
        try {
            return new BacktestConfig(cash, slippageBps, maxVolumeShare, BigDecimal.ONE);
        } catch (IllegalArgumentException e) {
            throw new BadInput(e.getMessage());
        }
    }

    private Strategy strategy() throws BadInput {
        boolean fundamental = FundamentalStrategy.NAME.equals(strategyName);
        if (fundamental && candidates == null) {
            throw new BadInput("strategy fundamental trades watchlist candidates: give them with --candidates FILE "
                    + "(a CSV with header date,symbol[,score])");
        }
        if (!fundamental && candidates != null) {
            throw new BadInput("--candidates is read by strategy fundamental only, not " + strategyName);
        }
        try {
            return StrategyRegistry.create(strategyName, params);
        } catch (IllegalArgumentException e) {
            throw new BadInput(e.getMessage());
        }
    }

    /** The candidates of {@code --candidates}, none without it. */
    private List<Watchlist.Entry> candidates() throws BadInput {
        if (candidates == null) {
            return List.of();
        }
        try {
            return CandidateFileReader.read(candidates);
        } catch (BarFileException e) {
            throw new BadInput(e.getMessage());
        } catch (IOException e) {
            throw new BadInput(candidates + ": cannot read: " + e.getMessage());
        }
    }

    private BarSource.Loaded load() throws BadInput {
        try {
            return BarSource.load(data, symbols.stream().map(s -> s.strip().toUpperCase(Locale.ROOT)).toList());
        } catch (BarFileException e) {
            throw new BadInput(e.getMessage());
        } catch (IOException e) {
            throw new BadInput(data + ": cannot read: " + e.getMessage());
        }
    }

    private void summary(BacktestRun run, List<String> dropped) {
        PrintWriter stdout = spec.commandLine().getOut();
        var m = run.report().metrics();
        stdout.printf("Backtest %s on %s: %d bars, %d trades, total return %s, max drawdown %s, Sharpe %s.%n",
                strategyName, String.join(", ", run.report().result().symbols()), run.barCount(), m.trades(),
                Html.percent(m.totalReturn()), Html.percent(m.maxDrawdown().depth()), Html.ratio(m.sharpe()));
        if (!dropped.isEmpty()) {
            stdout.println("No bars in the date range for: " + String.join(", ", dropped) + ".");
        }
        stdout.println("Wrote " + out.resolve(ReportFiles.JSON) + " and " + out.resolve(ReportFiles.HTML) + ".");
    }

    /** Input the command refuses, with the message the user sees. */
    static final class BadInput extends Exception {
        BadInput(String message) {
            super(message);
        }
    }
}
