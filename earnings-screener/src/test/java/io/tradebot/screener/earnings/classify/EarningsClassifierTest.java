package io.tradebot.screener.earnings.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradebot.screener.earnings.calendar.EarningsRow;
import io.tradebot.screener.earnings.calendar.TimeOfDay;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EarningsClassifierTest {

    private static final LocalDate REPORT = LocalDate.of(2024, 7, 1);
    private final EarningsClassifier classifier = new EarningsClassifier(
            new ClassificationRules(4, 3, new BigDecimal("0.75")));

    @Test
    void profitableWithThreeBeatsInTheLastFourQuartersIsLikelyToBeat() {
        Verdict verdict = classifier.classify(row("0.05", "0.01"), List.of(
                quarter("2024-04-01", "0.04", "10"), quarter("2024-01-02", "0.03", "-2.5"),
                quarter("2023-10-02", "0.03", "20"), quarter("2023-07-03", "0.02", "4.5"),
                quarter("2023-04-03", "0.01", "-50")));

        assertThat(verdict.classification()).isEqualTo(Classification.LIKELY_BEAT);
        assertThat(verdict.watchlisted()).isTrue();
        assertThat(verdict.quartersUsed()).extracting(q -> q.reportDate().toString())
                .containsExactly("2024-04-01", "2024-01-02", "2023-10-02", "2023-07-03");
        assertThat(verdict.beats()).isEqualTo(3);
        assertThat(verdict.beatShare()).isEqualByComparingTo("0.75");
        // (10 − 2.5 + 20 + 4.5) / 4 = 8
        assertThat(verdict.meanSurprisePct()).isEqualByComparingTo("8");
        assertThat(verdict.score()).isEqualByComparingTo("8");
        assertThat(verdict.lastEps()).isEqualByComparingTo("0.01");
        assertThat(verdict.lastEpsSource()).isEqualTo("lastYearEPS");
    }

    @Test
    void twoBeatsInFourIsNotEnough() {
        Verdict verdict = classifier.classify(row("0.05", "0.01"), List.of(
                quarter("2024-04-01", "0.04", "10"), quarter("2024-01-02", "0.03", "-2.5"),
                quarter("2023-10-02", "0.03", "0"), quarter("2023-07-03", "0.02", "4.5")));

        assertThat(verdict.classification()).isEqualTo(Classification.PROFITABLE);
        assertThat(verdict.beats()).isEqualTo(2);
        assertThat(verdict.beatShare()).isEqualByComparingTo("0.5");
    }

    @Test
    void fewerQuartersThanTheMinimumAreNotEnoughEvenIfAllBeat() {
        Verdict verdict = classifier.classify(row("0.05", "0.01"), List.of(
                quarter("2024-04-01", "0.04", "10"), quarter("2024-01-02", "0.03", "12")));

        assertThat(verdict.classification()).isEqualTo(Classification.PROFITABLE);
        assertThat(verdict.quartersUsed()).hasSize(2);
    }

    @Test
    void quartersWithoutASurpriseAndLaterQuartersAreNotUsed() {
        Verdict verdict = classifier.classify(row("0.05", "0.01"), List.of(
                quarter("2024-10-01", "0.09", "50"), quarter("2024-07-01", "0.08", "40"),
                quarter("2024-04-01", "0.04", null), quarter("2024-01-02", "0.03", "1"),
                quarter("2023-10-02", "0.03", "2"), quarter("2023-07-03", "0.02", "3")));

        assertThat(verdict.quartersUsed()).extracting(q -> q.reportDate().toString())
                .containsExactly("2024-01-02", "2023-10-02", "2023-07-03");
        assertThat(verdict.classification()).isEqualTo(Classification.LIKELY_BEAT);
        assertThat(verdict.meanSurprisePct()).isEqualByComparingTo("2");
    }

    @Test
    void aNegativeForecastOrLastEpsIsNotProfitableWhateverTheHistory() {
        List<PastQuarter> beats = List.of(quarter("2024-04-01", "0.04", "10"), quarter("2024-01-02", "0.03", "12"),
                quarter("2023-10-02", "0.03", "5"));
        assertThat(classifier.classify(row("-0.11", "0.17"), beats).classification()).isEqualTo(Classification.NOT_PROFITABLE);
        assertThat(classifier.classify(row("0.11", "-0.17"), beats).classification()).isEqualTo(Classification.NOT_PROFITABLE);
        assertThat(classifier.classify(row("0", "0.17"), beats).classification()).isEqualTo(Classification.NOT_PROFITABLE);
        assertThat(classifier.classify(row(null, "-0.35"), beats).classification()).isEqualTo(Classification.NOT_PROFITABLE);
    }

    @Test
    void withoutLastYearsEpsTheLatestEarlierActualIsUsed() {
        Verdict verdict = classifier.classify(row("0.30", null), List.of(
                quarter("2024-04-01", "0.25", null), quarter("2024-01-02", "-0.10", "5")));

        assertThat(verdict.lastEps()).isEqualByComparingTo("0.25");
        assertThat(verdict.lastEpsSource()).isEqualTo("history");
        assertThat(verdict.classification()).isEqualTo(Classification.PROFITABLE);
    }

    @Test
    void unknownEpsCannotBeJudged() {
        assertThat(classifier.classify(row(null, null), List.of()).classification()).isEqualTo(Classification.EPS_UNKNOWN);
        assertThat(classifier.classify(row("0.5", null), List.of()).classification()).isEqualTo(Classification.EPS_UNKNOWN);
        Verdict verdict = classifier.classify(row(null, "0.5"), List.of());
        assertThat(verdict.classification()).isEqualTo(Classification.EPS_UNKNOWN);
        assertThat(verdict.beatShare()).isNull();
        assertThat(verdict.meanSurprisePct()).isNull();
    }

    @Test
    void reasonsHoldEveryNumberUsed() {
        Verdict verdict = classifier.classify(row("0.05", "0.01"), List.of(
                quarter("2024-04-01", "0.04", "10"), quarter("2024-01-02", "0.03", "-2.5"),
                quarter("2023-10-02", "0.03", "20"), quarter("2023-07-03", "0.02", "4.5")));

        assertThat(verdict.reasons()).containsEntry("classification", "LIKELY_BEAT")
                .containsEntry("epsForecast", new BigDecimal("0.05")).containsEntry("lastYearEps", new BigDecimal("0.01"))
                .containsEntry("estimates", 2).containsEntry("quartersUsed", 4).containsEntry("beats", 3)
                .containsKeys("beatShare", "meanSurprisePct", "surprises", "rules", "timeOfDay", "reportDate");
        assertThat((List<?>) verdict.reasons().get("surprises")).hasSize(4);
    }

    private static EarningsRow row(String forecast, String lastYearEps) {
        return new EarningsRow("PPSI", REPORT, TimeOfDay.NOT_SUPPLIED, "Pioneer Power Solutions, Inc.",
                new BigDecimal("39124286"), "Mar/2024", forecast == null ? null : new BigDecimal(forecast), 2,
                LocalDate.of(2023, 5, 15), lastYearEps == null ? null : new BigDecimal(lastYearEps), null, null);
    }

    private static PastQuarter quarter(String date, String actual, String surprise) {
        return new PastQuarter(LocalDate.parse(date), new BigDecimal(actual), surprise == null ? null : new BigDecimal(surprise));
    }
}
