package io.tradebot.screener.earnings.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NasdaqValuesTest {

    @Test
    void readsDollarAmountsWithParenthesesAsNegative() {
        assertThat(NasdaqValues.money("$1.08")).isEqualByComparingTo("1.08");
        assertThat(NasdaqValues.money("($0.12)")).isEqualByComparingTo("-0.12");
        assertThat(NasdaqValues.money("-$0.12")).isEqualByComparingTo("-0.12");
        assertThat(NasdaqValues.money("$12")).isEqualByComparingTo("12");
        assertThat(NasdaqValues.money("($195.55)")).isEqualByComparingTo("-195.55");
        assertThat(NasdaqValues.money(" $1,234.5 ")).isEqualByComparingTo("1234.5");
    }

    @Test
    void readsMarketCapInWholeDollars() {
        assertThat(NasdaqValues.marketCap("$71,008,400,000")).isEqualByComparingTo("71008400000");
        assertThat(NasdaqValues.marketCap("$324,356")).isEqualByComparingTo("324356");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "  ", "N/A", "n/a" })
    void emptyAndNotAvailableAreUnknown(String text) {
        assertThat(NasdaqValues.money(text)).isNull();
        assertThat(NasdaqValues.marketCap(text)).isNull();
        assertThat(NasdaqValues.percent(text)).isNull();
        assertThat(NasdaqValues.count(text)).isNull();
        assertThat(NasdaqValues.usDate(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "1.08", "$1,08", "($0.12", "$0.12)", "(-$0.12)", "$", "$1.2.3", "€1.00", "$1e3", "($1,00)" })
    void refusesMoneyItCannotReadExactly(String text) {
        assertThatThrownBy(() -> NasdaqValues.money(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(text.trim());
    }

    @Test
    void refusesANegativeMarketCap() {
        assertThatThrownBy(() -> NasdaqValues.marketCap("($1,000)")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsPercentagesCountsAndDates() {
        assertThat(NasdaqValues.percent("6.98")).isEqualByComparingTo("6.98");
        assertThat(NasdaqValues.percent("-5")).isEqualByComparingTo("-5");
        assertThat(NasdaqValues.count("11")).isEqualTo(11);
        assertThat(NasdaqValues.usDate("5/08/2023")).isEqualTo(LocalDate.of(2023, 5, 8));
        assertThat(NasdaqValues.usDate("6/05/2023")).isEqualTo(LocalDate.of(2023, 6, 5));
        assertThat(NasdaqValues.asOf("Mon, Jul 1, 2024")).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(NasdaqValues.asOf("Fri, Nov 3, 2023")).isEqualTo(LocalDate.of(2023, 11, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = { "6.98%", "1,5", "abc", "--1" })
    void refusesPercentagesThatAreNotPlainNumbers(String text) {
        assertThatThrownBy(() -> NasdaqValues.percent(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = { "-1", "1.5", "two", "1234567" })
    void refusesCountsThatAreNotSmallWholeNumbers(String text) {
        assertThatThrownBy(() -> NasdaqValues.count(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = { "2023-05-08", "13/01/2023", "5/32/2023" })
    void refusesDatesNotInUsFormat(String text) {
        assertThatThrownBy(() -> NasdaqValues.usDate(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
