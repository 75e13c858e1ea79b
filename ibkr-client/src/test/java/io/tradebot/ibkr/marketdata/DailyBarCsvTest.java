package io.tradebot.ibkr.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailyBarCsvTest {

    private static List<DailyBar> read(String text) throws IOException {
        return DailyBarCsv.read(new StringReader(text), "test.csv");
    }

    @Test
    void readsPricesAsExactDecimals() throws IOException {
        List<DailyBar> bars = read("date,open,high,low,close,volume,Name\n2013-02-08,67.7142,68.4014,66.8928,67.8542,158168416,AAPL\n");
        assertThat(bars).singleElement().satisfies(bar -> {
            assertThat(bar.symbol()).isEqualTo("AAPL");
            assertThat(bar.date()).isEqualTo(LocalDate.of(2013, 2, 8));
            assertThat(bar.open()).isEqualByComparingTo("67.7142");
            assertThat(bar.close().toPlainString()).isEqualTo("67.8542");
            assertThat(bar.volume()).isEqualTo(158_168_416L);
            assertThat(bar.opensAt()).isEqualTo(Instant.parse("2013-02-08T14:30:00Z"));
        });
    }

    @Test
    void skipsBadRowsAndKeepsTheRest() throws IOException {
        List<DailyBar> bars = read("""
                date,open,high,low,close,volume,Name
                2013-02-08,10,11,9,10.5,100,X
                2013-02-11,,11,9,10.5,100,X
                2013-02-12,10,9,9,10.5,100,X
                2013-02-13,10,11,-1,10.5,100,X
                2013-02-30,10,11,9,10.5,100,X
                2013-02-14,10,11,9,10.5,lots,X
                2013-02-15,10,11,9,10.5,100
                2013-02-19,10,12,9,11,200,X
                """);
        assertThat(bars).extracting(DailyBar::date).containsExactly(LocalDate.of(2013, 2, 8), LocalDate.of(2013, 2, 19));
    }

    @Test
    void skipsAFileWithAnUnexpectedHeader() throws IOException {
        assertThat(read("day,o,h,l,c,v,n\n2013-02-08,10,11,9,10.5,100,X\n")).isEmpty();
    }

    @Test
    void tradingDaysAreTheUnionOfAllSymbolsDates() throws IOException {
        MarketHistory history = new MarketHistory(read("""
                date,open,high,low,close,volume,Name
                2013-02-08,10,11,9,10.5,100,X
                2013-02-12,10,11,9,10.5,100,X
                2013-02-11,10,11,9,10.5,100,Y
                """));
        assertThat(history.tradingDays()).containsExactly(LocalDate.of(2013, 2, 8), LocalDate.of(2013, 2, 11),
                LocalDate.of(2013, 2, 12));
        assertThat(history.barBefore("X", LocalDate.of(2013, 2, 12))).map(DailyBar::date).contains(LocalDate.of(2013, 2, 8));
    }
}
