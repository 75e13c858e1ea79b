package io.tradebot.ibkr.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradebot.common.market.FundamentalsView;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FundamentalsCsvTest {

    private static final String HEADER = "Symbol,Name,Sector,Price,Dividend Yield,Price/Earnings,Earnings/Share,Book Value,"
            + "52 week low,52 week high,Market Cap,EBITDA,Price/Sales,Price/Book,SEC Filings\n";
    private static final LocalDate AS_OF = LocalDate.of(2017, 3, 8);

    @Test
    void readsQuotedNamesConvertsBillionsAndKeepsGapsAsNull() throws IOException {
        List<FundamentalsView> rows = FundamentalsCsv.read(new StringReader(HEADER
                + "AIG,\"American International Group, Inc.\",Financials,63.45,1.99,,-0.78,76.66,48.41,67.47,62.15,4.34,1.22,0.83,http://x\n"
                + "BAC,Bank of America Corp,Financials,25.02,1.18,18.13,1.38,24.06,10.99,25.80,250.43,0.00,3.01,1.04,http://x\n"), "test", AS_OF);
        assertThat(rows).hasSize(2);
        FundamentalsView aig = rows.getFirst();
        assertThat(aig.name()).isEqualTo("American International Group, Inc.");
        assertThat(aig.pe()).isNull();
        assertThat(aig.eps()).isEqualByComparingTo("-0.78");
        assertThat(aig.marketCap()).isEqualByComparingTo("62150000000");
        assertThat(aig.ebitda()).isEqualByComparingTo("4340000000");
        assertThat(aig.dividendYieldPct()).isEqualByComparingTo("1.99");
        assertThat(aig.asOf()).isEqualTo(AS_OF);
        assertThat(rows.get(1).ebitda()).isNull();
    }

    @Test
    void skipsRowsWithTheWrongNumberOfColumnsOrBadNumbers() throws IOException {
        List<FundamentalsView> rows = FundamentalsCsv.read(new StringReader(HEADER
                + "XYZ,Short row,Financials,1.00\n"
                + "ABC,Bad,Financials,abc,1,1,1,1,1,1,1,1,1,1,http://x\n"
                + "MMM,3M Company,Industrials,189.09,2.48,23.17,8.16,17.26,158.28,190.54,112.74,8.70,3.74,10.95,http://x\n"), "test", AS_OF);
        assertThat(rows).extracting(FundamentalsView::symbol).containsExactly("MMM");
    }

    @Test
    void keepsACompanyWhoseBillionsCarryAFloatArtefactRoundedToTheDollar() throws IOException {
        // line 51 of the bundled file: EBITDA 0.8687999999999999 billion
        List<FundamentalsView> rows = FundamentalsCsv.read(new StringReader(HEADER
                + "AJG,Arthur J. Gallagher & Co.,Financials,56.32,2.74,24.28,2.32,20.17,40.76,57.82,10.06,0.8687999999999999,1.82,"
                + "2.80,http://x\n"), "test", AS_OF);
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().ebitda()).isEqualByComparingTo("868800000");
        assertThat(rows.getFirst().marketCap()).isEqualByComparingTo("10060000000");
    }

    @Test
    void loadsEveryCompanyOfTheBundledSnapshot() throws IOException {
        try (var in = getClass().getResourceAsStream("/marketdata/fundamentals/sp500_constituents_financials_2017-03-08.csv")) {
            assertThat(in).isNotNull();
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            long companies = text.lines().skip(1).filter(line -> !line.isBlank()).count();
            assertThat(FundamentalsCsv.read(new StringReader(text), "bundled", AS_OF)).hasSize((int) companies);
        }
    }
}
