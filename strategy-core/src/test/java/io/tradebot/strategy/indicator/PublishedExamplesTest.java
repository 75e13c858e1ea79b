package io.tradebot.strategy.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DoubleNumFactory;
import org.ta4j.core.num.Num;

/**
 * StockCharts ChartSchool's worked examples (see test resources {@code reference/README.md}), bar by bar: blank
 * where the table is blank, and equal to each printed value to within half a unit of its last printed decimal.
 */
class PublishedExamplesTest {

    @Test
    void emaTenMatchesChartSchoolsTableFromItsSmaSeedOn() {
        Example example = Example.closeOnly("reference/sc-ema-10.csv");
        assertMatchesPrinted(Indicators.ema(example.close(), 10), example.expected(1));
    }

    @Test
    void smaTenMatchesChartSchoolsTable() {
        Example example = Example.closeOnly("reference/sc-sma-10.csv");
        assertMatchesPrinted(Indicators.sma(example.close(), 10), example.expected(1));
    }

    @Test
    void rsiFourteenMatchesChartSchoolsTableFrom70Point53On() {
        Example example = Example.closeOnly("reference/rsi-test.csv");
        assertThat(example.expected(1).get(14)).isEqualTo("70.53278948");
        assertMatchesPrinted(Indicators.rsi(example.close(), 14), example.expected(1));
    }

    @Test
    void atrFourteenStartsAtTheMeanOfTheFirstFourteenTrueRanges() {
        // Columns Date,High,Low,Close,TR,ATR; the suite writes 0 for the 13 warm-up bars, ChartSchool leaves them blank.
        List<String[]> rows = rows("reference/cs-atr.csv");
        BarSeries series = series(rows.stream().map(r -> new double[] {num(r[3]), num(r[1]), num(r[2]), num(r[3]), 0})
                .toList());
        List<String> expected = new ArrayList<>(rows.stream().map(r -> r[5]).toList());
        for (int i = 0; i < 13; i++) {
            assertThat(num(expected.get(i))).isZero();
            expected.set(i, "");
        }
        assertThat(expected.get(13)).startsWith("0.555");
        assertMatchesPrinted(Indicators.atr(series, 14), expected);
    }

    @Test
    void obvAddsAndSubtractsEachDaysVolumeFromZero() {
        // Columns Date,Close,Volume,...,OBV; the first day has no volume and no OBV: ours is 0 there by convention.
        List<String[]> rows = rows("reference/cs-obv.csv");
        BarSeries series = series(rows.stream()
                .map(r -> new double[] {num(r[1]), num(r[1]), num(r[1]), num(r[1]), r[2].isEmpty() ? 0 : num(r[2])})
                .toList());
        Indicator<Num> obv = Indicators.obv(series);
        assertThat(obv.getValue(0).doubleValue()).isZero();
        for (int i = 1; i < rows.size(); i++) {
            assertThat(obv.getValue(i).doubleValue()).as("OBV bar %d", i).isEqualTo(num(rows.get(i)[5]));
        }
    }

    @Test
    void bollingerTwentyTwoUsesThePopulationSigmaOfChartSchoolsTable() {
        // Columns Date,Close,MiddleBand,20-day Standard Deviation,HighBand,LowBand,...
        List<String[]> rows = rows("reference/cs-bbands.csv");
        BarSeries series = series(rows.stream().map(r -> {
            double close = num(r[1]);
            return new double[] {close, close, close, close, 0};
        }).toList());
        Indicator<Num> close = new ClosePriceIndicator(series);
        BollingerBands bands = Indicators.bollinger(close, 20, 2);
        assertMatchesPrinted(bands.middle(), column(rows, 2));
        assertMatchesPrinted(Indicators.standardDeviation(close, 20), column(rows, 3));
        assertMatchesPrinted(bands.upper(), column(rows, 4));
        assertMatchesPrinted(bands.lower(), column(rows, 5));
    }

    /** Blank cells must be undefined; printed ones equal to half a unit of their last decimal. */
    static void assertMatchesPrinted(Indicator<Num> actual, List<String> printed) {
        for (int i = 0; i < printed.size(); i++) {
            String cell = printed.get(i).trim();
            Num value = actual.getValue(i);
            if (cell.isEmpty()) {
                assertThat(BarByBar.undefined(value)).as("bar %d is warm-up (was %s)", i, value).isTrue();
                continue;
            }
            BigDecimal expected = new BigDecimal(cell);
            double halfUnit = 0.5 * Math.pow(10, -expected.scale());
            assertThat(BarByBar.undefined(value)).as("bar %d is defined", i).isFalse();
            assertThat(Math.abs(value.doubleValue() - expected.doubleValue())).as("bar %d: %s vs printed %s", i, value,
                    cell).isLessThanOrEqualTo(halfUnit + 1e-12);
        }
    }

    private static List<String> column(List<String[]> rows, int index) {
        return rows.stream().map(r -> r.length > index ? r[index] : "").toList();
    }

    private static List<String[]> rows(String resource) {
        List<String> lines = RealBars.lines(resource);
        return lines.subList(1, lines.size()).stream().map(line -> line.split(",", -1)).toList();
    }

    private static double num(String cell) {
        return Double.parseDouble(cell);
    }

    /** Bars from {open, high, low, close, volume} rows, one day apart. */
    static BarSeries series(List<double[]> bars) {
        BarSeries series = new BaseBarSeriesBuilder().withNumFactory(DoubleNumFactory.getInstance()).build();
        Instant end = Instant.parse("2010-01-01T00:00:00Z");
        for (double[] bar : bars) {
            end = end.plus(Duration.ofDays(1));
            series.barBuilder().timePeriod(Duration.ofDays(1)).endTime(end).openPrice(bar[0]).highPrice(bar[1])
                    .lowPrice(bar[2]).closePrice(bar[3]).volume(bar[4]).add();
        }
        return series;
    }

    /** An {@code Input,Expected} table of closes. */
    record Example(Indicator<Num> close, List<String[]> rows) {

        static Example closeOnly(String resource) {
            List<String[]> rows = PublishedExamplesTest.rows(resource);
            BarSeries series = series(rows.stream().map(r -> {
                double close = num(r[0]);
                return new double[] {close, close, close, close, 0};
            }).toList());
            return new Example(new ClosePriceIndicator(series), rows);
        }

        List<String> expected(int index) {
            return column(rows, index);
        }
    }
}
