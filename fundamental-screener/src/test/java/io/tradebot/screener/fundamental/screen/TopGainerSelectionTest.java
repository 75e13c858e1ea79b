package io.tradebot.screener.fundamental.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradebot.common.market.TopGainerView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopGainerSelectionTest {

    private static final LocalDate SCAN_DATE = LocalDate.parse("2024-03-04");
    private static final ScreenCriteria DEFAULTS = new ScreenCriteria(20, new BigDecimal("5"), 1_000_000, 3);

    private static TopGainerView gainer(String symbol, String previousClose, String close, String changePct, long volume) {
        return new TopGainerView(symbol, SCAN_DATE, new BigDecimal(previousClose), new BigDecimal(close),
                new BigDecimal(changePct), volume);
    }

    private static List<String> symbols(List<SelectedGainer> selected) {
        return selected.stream().map(s -> s.gainer().symbol()).toList();
    }

    @Test
    void ranksBiggestGainFirstAndStopsAtMaxEntries() {
        List<SelectedGainer> selected = TopGainerSelection.select(List.of(
                gainer("AAA", "10", "10.50", "5.0", 2_000_000),
                gainer("BBB", "10", "12.00", "20.0", 2_000_000),
                gainer("CCC", "10", "11.00", "10.0", 2_000_000),
                gainer("DDD", "10", "10.10", "1.0", 2_000_000)), DEFAULTS);

        assertThat(symbols(selected)).containsExactly("BBB", "CCC", "AAA");
        assertThat(selected).extracting(SelectedGainer::rank).containsExactly(1, 2, 3);
        assertThat(selected.get(0).score()).isEqualByComparingTo("20.0");
    }

    @Test
    void keepsOnlyGainersWithAPositiveChange() {
        List<SelectedGainer> selected = TopGainerSelection.select(List.of(
                gainer("UP", "10", "11", "10", 2_000_000),
                gainer("FLAT", "10", "10", "0", 2_000_000),
                gainer("DOWN", "10", "9", "-10", 2_000_000)), DEFAULTS);

        assertThat(symbols(selected)).containsExactly("UP");
    }

    @Test
    void dropsRowsBelowMinPriceOrMinVolumeEvenWhenTheScannerLetThemThrough() {
        List<SelectedGainer> selected = TopGainerSelection.select(List.of(
                gainer("PENNY", "4", "4.99", "24.75", 9_000_000),
                gainer("THIN", "10", "12", "20", 999_999),
                gainer("EDGE", "4", "5.00", "25", 1_000_000)), DEFAULTS);

        assertThat(symbols(selected)).containsExactly("EDGE");
    }

    @Test
    void breaksEqualGainsBySymbolAndKeepsEachSymbolOnce() {
        List<SelectedGainer> selected = TopGainerSelection.select(List.of(
                gainer("ZED", "10", "11", "10", 2_000_000),
                gainer("ABC", "10", "11", "10", 2_000_000),
                gainer("ABC", "10", "11", "10", 2_000_000)), DEFAULTS);

        assertThat(symbols(selected)).containsExactly("ABC", "ZED");
    }

    @Test
    void dropsRowsWithMissingOrNonPositiveNumbers() {
        List<SelectedGainer> selected = TopGainerSelection.select(List.of(
                new TopGainerView("NOCHG", SCAN_DATE, BigDecimal.TEN, BigDecimal.TEN, null, 2_000_000),
                new TopGainerView("NOPREV", SCAN_DATE, null, new BigDecimal("12"), new BigDecimal("20"), 2_000_000),
                new TopGainerView(" ", SCAN_DATE, BigDecimal.TEN, new BigDecimal("12"), new BigDecimal("20"), 2_000_000),
                gainer("OK", "10", "12", "20", 2_000_000)), DEFAULTS);

        assertThat(symbols(selected)).containsExactly("OK");
    }

    @Test
    void selectsNothingWhenMaxEntriesIsZero() {
        ScreenCriteria none = new ScreenCriteria(20, BigDecimal.ONE, 0, 0);

        assertThat(TopGainerSelection.select(List.of(gainer("UP", "10", "11", "10", 5)), none)).isEmpty();
    }

    @Test
    void reasonsCarryEveryNumberUsedAndTheFilterSettings() {
        SelectedGainer selected = TopGainerSelection.select(
                List.of(gainer("UP", "10.00", "12.50", "25.00", 3_000_000)), DEFAULTS).get(0);

        Map<String, Object> reasons = selected.reasons(DEFAULTS);

        assertThat(reasons).containsEntry("rank", 1).containsEntry("scanDate", "2024-03-04")
                .containsEntry("previousClose", new BigDecimal("10.00")).containsEntry("close", new BigDecimal("12.50"))
                .containsEntry("changePct", new BigDecimal("25.00")).containsEntry("volume", 3_000_000L);
        assertThat(reasons.get("filters")).isEqualTo(Map.of("candidates", 20, "minPrice", new BigDecimal("5"),
                "minVolume", 1_000_000L, "maxEntries", 3));
    }

    @Test
    void rejectsCriteriaThatCannotScreen() {
        assertThatThrownBy(() -> new ScreenCriteria(0, BigDecimal.ONE, 0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScreenCriteria(20, new BigDecimal("-1"), 0, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
