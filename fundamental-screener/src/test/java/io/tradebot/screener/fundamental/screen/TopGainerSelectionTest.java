package io.tradebot.screener.fundamental.screen;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradebot.common.market.TopGainerView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopGainerSelectionTest {

    private static final LocalDate SCAN_DATE = LocalDate.parse("2024-03-04");
    private static final BigDecimal MIN_PRICE = new BigDecimal("5");
    private static final long MIN_VOLUME = 1_000_000;

    private static TopGainerView gainer(String symbol, String previousClose, String close, String changePct, long volume) {
        return new TopGainerView(symbol, SCAN_DATE, new BigDecimal(previousClose), new BigDecimal(close),
                new BigDecimal(changePct), volume);
    }

    private static List<String> passing(TopGainerView... scanned) {
        return TopGainerSelection.passing(List.of(scanned), SCAN_DATE, MIN_PRICE, MIN_VOLUME).stream()
                .map(TopGainerView::symbol).toList();
    }

    @Test
    void ranksBiggestGainFirst() {
        assertThat(passing(gainer("AAA", "10", "10.50", "5.0", 2_000_000), gainer("BBB", "10", "12.00", "20.0", 2_000_000),
                gainer("CCC", "10", "11.00", "10.0", 2_000_000))).containsExactly("BBB", "CCC", "AAA");
    }

    @Test
    void keepsOnlyGainersWithAPositiveChange() {
        assertThat(passing(gainer("UP", "10", "11", "10", 2_000_000), gainer("FLAT", "10", "10", "0", 2_000_000),
                gainer("DOWN", "10", "9", "-10", 2_000_000))).containsExactly("UP");
    }

    @Test
    void dropsRowsBelowMinPriceOrMinVolumeEvenWhenTheScannerLetThemThrough() {
        assertThat(passing(gainer("PENNY", "4", "4.99", "24.75", 9_000_000), gainer("THIN", "10", "12", "20", 999_999),
                gainer("EDGE", "4", "5.00", "25", 1_000_000))).containsExactly("EDGE");
    }

    @Test
    void breaksEqualGainsBySymbolAndKeepsEachSymbolOnce() {
        assertThat(passing(gainer("ZED", "10", "11", "10", 2_000_000), gainer("ABC", "10", "11", "10", 2_000_000),
                gainer("ABC", "10", "11", "10", 2_000_000))).containsExactly("ABC", "ZED");
    }

    @Test
    void dropsRowsWithMissingOrNonPositiveNumbers() {
        assertThat(passing(new TopGainerView("NOCHG", SCAN_DATE, BigDecimal.TEN, BigDecimal.TEN, null, 2_000_000),
                new TopGainerView("NOPREV", SCAN_DATE, null, new BigDecimal("12"), new BigDecimal("20"), 2_000_000),
                new TopGainerView(" ", SCAN_DATE, BigDecimal.TEN, new BigDecimal("12"), new BigDecimal("20"), 2_000_000),
                gainer("OK", "10", "12", "20", 2_000_000))).containsExactly("OK");
    }

    @Test
    void dropsRowsOfAnotherSessionThanTheOneScreened() {
        TopGainerView earlier = new TopGainerView("OLD", SCAN_DATE.minusDays(3), BigDecimal.TEN, new BigDecimal("12"),
                new BigDecimal("20"), 2_000_000);

        assertThat(passing(earlier, gainer("NOW", "10", "11", "10", 2_000_000))).containsExactly("NOW");
    }
}
