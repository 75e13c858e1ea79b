package io.tradebot.cli;

import io.tradebot.strategy.indicator.IndicatorColumn;
import io.tradebot.strategy.marketdata.csv.BarFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.ta4j.core.num.Num;

/** Writes the input's lines as they were, each followed by its indicator cells, through a temp file moved into place. */
final class IndicatorCsvWriter {

    private IndicatorCsvWriter() {
    }

    static void write(BarFile file, List<IndicatorColumn> columns, Path out) throws IOException {
        Path temp = Files.createTempFile(out.toAbsolutePath().getParent(), "." + out.getFileName(), ".tmp");
        try {
            try (BufferedWriter writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                writer.write(file.header());
                for (IndicatorColumn column : columns) {
                    writer.write(',');
                    writer.write(column.name());
                }
                writer.write('\n');
                for (int i = 0; i < file.lines().size(); i++) {
                    writer.write(row(file.lines().get(i), columns, i));
                }
            }
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String row(String line, List<IndicatorColumn> columns, int index) {
        StringBuilder row = new StringBuilder(line.length() + 16 * columns.size()).append(line);
        for (IndicatorColumn column : columns) {
            row.append(',').append(cell(column.values().getValue(index)));
        }
        return row.append('\n').toString();
    }

    /** Empty where undefined; otherwise the shortest decimal that reads back as the same double, never in E notation. */
    static String cell(Num value) {
        if (value.isNaN()) {
            return "";
        }
        double d = value.doubleValue();
        return Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : "";
    }
}
