package io.tradebot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradebot.strategy.marketdata.csv.BarFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The symbol a bar file's name gives. */
class BarSourceTest {

    @Test
    void takesTheSymbolBeforeTheFirstUnderscoreUpperCased() throws BarFileException {
        assertThat(BarSource.symbolOf(Path.of("data/AAPL.csv"))).isEqualTo("AAPL");
        assertThat(BarSource.symbolOf(Path.of("AAPL_data.csv"))).isEqualTo("AAPL");
        assertThat(BarSource.symbolOf(Path.of("msft_2015_daily.CSV"))).isEqualTo("MSFT");
        assertThat(BarSource.symbolOf(Path.of("BRK.B.csv"))).isEqualTo("BRK.B");
        assertThat(BarSource.symbolOf(Path.of("BF-B_data.csv"))).isEqualTo("BF-B");
    }

    @Test
    void readsTheBundledVendorNames() throws BarFileException {
        assertThat(BarSource.symbolOf(Path.of("nt-spy-minute-2011-03.csv"))).isEqualTo("SPY");
        assertThat(BarSource.symbolOf(Path.of("ib-spy-5min-20120627.csv"))).isEqualTo("SPY");
        assertThat(BarSource.symbolOf(Path.of("spy-2011-yahoofinance.csv"))).isEqualTo("SPY");
    }

    @Test
    void refusesANameThatIsNoSymbol() {
        assertThatThrownBy(() -> BarSource.symbolOf(Path.of("my prices.csv"))).isInstanceOf(BarFileException.class)
                .hasMessageContaining("'MY PRICES' is not 1-15 letters");
        assertThatThrownBy(() -> BarSource.symbolOf(Path.of("_data.csv"))).isInstanceOf(BarFileException.class);
    }
}
