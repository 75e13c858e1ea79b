package io.tradebot.strategy.marketdata.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ta4j.core.BarSeries;

/** What a bar file may look like beyond the plain case; the bad files are in the cli module's command tests. */
class BarFileReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsColumnsInAnyOrderAndCaseWithQuotedExtrasABomAndBlankLines() throws Exception {
        Path file = write("\uFEFFName,Close,Volume,Date,High,Low,Open\r\n"
                + "\"Apple, Inc.\",10.5,1000,2020-01-02,11,10,10.2\r\n"
                + "\r\n"
                + "\"Apple, Inc.\",10.7,2000,2020-01-03,10.9,10.1,10.5\r\n");

        BarFile bars = BarFileReader.read(file);

        assertThat(bars.intraday()).isFalse();
        assertThat(bars.header()).isEqualTo("Name,Close,Volume,Date,High,Low,Open");
        assertThat(bars.lines()).containsExactly("\"Apple, Inc.\",10.5,1000,2020-01-02,11,10,10.2",
                "\"Apple, Inc.\",10.7,2000,2020-01-03,10.9,10.1,10.5");
        assertThat(bars.bars().get(1)).isEqualTo(new CsvBar(4, LocalDateTime.parse("2020-01-03T00:00"), 10.5, 10.9,
                10.1, 10.7, 2000));
    }

    @Test
    void intradayRowsMayOmitSecondsAndBecomeBarsAsLongAsTheirSmallestGap() throws Exception {
        Path file = write("date,open,high,low,close,volume\n2020-01-02 09:30,1,2,1,2,10\n2020-01-02 09:35:00,2,3,2,3,10\n"
                + "2020-01-03 09:30,3,4,3,4,10\n");

        BarFile bars = BarFileReader.read(file);
        BarSeries series = bars.toSeries();

        assertThat(bars.intraday()).isTrue();
        assertThat(series.getBarCount()).isEqualTo(3);
        assertThat(series.getBar(0).getTimePeriod()).isEqualTo(Duration.ofMinutes(5));
        assertThat(bars.sessions().startsSession(series, 1)).isFalse();
        assertThat(bars.sessions().startsSession(series, 2)).isTrue();
    }

    @Test
    void namesTheFileAndLineOfAnOutOfRangeNumber() throws IOException {
        Path file = write("date,open,high,low,close,volume\n2020-01-02,1,2,1,2,10\n2020-01-03,1,2,1,1e999,10\n");

        assertThatThrownBy(() -> BarFileReader.read(file)).isInstanceOf(BarFileException.class)
                .hasMessage(file + ", line 3: close '1e999' is out of range");
    }

    @Test
    void rejectsTextThatIsNotUtf8() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "date,open,high,low,close,volume,name\n2020-01-02,1,2,1,2,10,caf\u00e9\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> BarFileReader.read(file)).isInstanceOf(BarFileException.class)
                .hasMessageContaining("not UTF-8 text");
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("bars.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
