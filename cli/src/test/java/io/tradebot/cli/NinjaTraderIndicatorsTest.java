package io.tradebot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code indicators} on the bundled NinjaTrader SPY minutes: UTC bar ends become New York bar starts. */
class NinjaTraderIndicatorsTest {

    private static final Path NT = BacktestCommandTest.MARKETDATA.resolve("nt-spy-minute-2011-03.csv");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd HHmmss");

    @TempDir
    Path temp;

    @Test
    void writesEachMinuteAtItsNewYorkStartWithTheSessionVwapOfItsDay() throws IOException {
        List<String> input = Files.readAllLines(NT).stream().filter(l -> !l.isBlank()).toList();
        Path out = temp.resolve("spy.csv");

        CommandRun run = CommandRun.of("indicators", "--data", NT.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(input.size() + 1);
        assertThat(lines.getFirst()).startsWith("date,open,high,low,close,volume,sma_20,");
        int vwap = List.of(lines.getFirst().split(",")).indexOf("vwap");
        // the first day's minutes, from the raw lines: stamp = UTC end, so the start is a minute earlier
        LocalDate firstDay = null;
        double volume = 0;
        double value = 0;
        int last = 0;
        for (int i = 0; i < input.size(); i++) {
            String[] c = input.get(i).split(";");
            LocalDateTime start = LocalDateTime.parse(c[0], STAMP).minusMinutes(1).atOffset(ZoneOffset.UTC)
                    .atZoneSameInstant(NEW_YORK).toLocalDateTime();
            if (firstDay == null) {
                firstDay = start.toLocalDate();
                assertThat(lines.get(1)).startsWith(start.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")) + ","
                        + c[1] + "," + c[2] + "," + c[3] + "," + c[4] + "," + c[5] + ",");
            }
            if (!start.toLocalDate().equals(firstDay)) {
                break;
            }
            double typical = (Double.parseDouble(c[2]) + Double.parseDouble(c[3]) + Double.parseDouble(c[4])) / 3;
            volume += Double.parseDouble(c[5]);
            value += typical * Double.parseDouble(c[5]);
            last = i;
        }
        String[] lastOfDay = lines.get(last + 1).split(",", -1);
        assertThat(lastOfDay[0]).startsWith(firstDay.toString());
        assertThat(lines.get(last + 2)).doesNotStartWith(firstDay.toString());
        assertThat(new BigDecimal(lastOfDay[4])).isEqualByComparingTo(input.get(last).split(";")[4]);
        assertThat(Double.parseDouble(lastOfDay[vwap])).isCloseTo(value / volume, within(1e-9 * value / volume));
    }
}
