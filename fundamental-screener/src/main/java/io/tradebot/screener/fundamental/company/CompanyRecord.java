package io.tradebot.screener.fundamental.company;

import java.time.LocalDate;

/**
 * One company of the S&P 500 list, with the list's own columns.
 *
 * @param symbol               ticker (Symbol)
 * @param security             company name (Security)
 * @param gicsSector           GICS Sector
 * @param gicsSubIndustry      GICS Sub-Industry
 * @param headquartersLocation Headquarters Location, null when blank
 * @param dateAdded            Date added to the index, null when blank
 * @param cik                  SEC Central Index Key as the list writes it, null when blank
 * @param founded              Founded, free text such as "2013 (1888)", null when blank
 */
public record CompanyRecord(String symbol, String security, String gicsSector, String gicsSubIndustry,
        String headquartersLocation, LocalDate dateAdded, String cik, String founded) {

    public CompanyRecord {
        if (symbol == null || symbol.isBlank() || security == null || security.isBlank()
                || gicsSector == null || gicsSector.isBlank() || gicsSubIndustry == null || gicsSubIndustry.isBlank()) {
            throw new IllegalArgumentException("A company needs a symbol, a name, a GICS sector and sub-industry: " + symbol);
        }
    }
}
