package io.tradebot.cli;

import io.tradebot.strategy.indicator.IndicatorColumn;
import io.tradebot.strategy.indicator.StandardColumns;
import io.tradebot.strategy.marketdata.csv.BarFile;
import io.tradebot.strategy.marketdata.csv.BarFileException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ta4j.core.BarSeries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code indicators --data FILE --out FILE}: the input's rows with the standard indicator columns appended. */
@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = {"Reads a CSV of bars (header date,open,high,low,close,volume; extra columns are kept) and writes "
                + "its rows followed by the columns " + "sma_20,ema_20,rsi_14,macd_12_26_9,macd_signal_12_26_9,"
                + "macd_hist_12_26_9,bb_upper_20_2,bb_middle_20_2,bb_lower_20_2,stddev_14,atr_14,vwap,obv "
                + "(empty while an indicator warms up).",
                "Exit codes: 0 written, 2 bad input (nothing written), 1 the output could not be written."})
final class IndicatorsCommand implements Callable<Integer> {

    static final int BAD_INPUT = 2;
    static final int WRITE_FAILED = 1;

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "the input CSV")
    private Path data;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the output CSV (replaced if present)")
    private Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path directory = out.toAbsolutePath().getParent();
        if (!Files.isDirectory(directory)) {
            err.println("tradebot indicators: --out " + out + ": directory " + directory + " does not exist");
            return BAD_INPUT;
        }
        BarFile file;
        try {
            file = BarSource.barFile(data);
        } catch (BarFileException e) {
            err.println("tradebot indicators: " + e.getMessage());
            return BAD_INPUT;
        } catch (IOException e) {
            err.println("tradebot indicators: " + data + ": cannot read: " + e.getMessage());
            return BAD_INPUT;
        }
        BarSeries series = file.toSeries();
        List<IndicatorColumn> columns = StandardColumns.of(series, file.sessions());
        try {
            IndicatorCsvWriter.write(file, columns, out);
        } catch (IOException e) {
            err.println("tradebot indicators: cannot write " + out + ": " + e.getMessage());
            return WRITE_FAILED;
        }
        spec.commandLine().getOut().printf("Wrote %d rows with %d indicator columns to %s (%s; VWAP anchored at %s).%n",
                file.bars().size(), columns.size(), out, file.intraday() ? "intraday" : "daily",
                file.intraday() ? "each day's first bar" : "the first bar");
        return 0;
    }
}
