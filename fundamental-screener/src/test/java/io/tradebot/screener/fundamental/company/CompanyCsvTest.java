package io.tradebot.screener.fundamental.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompanyCsvTest {

    @Test
    void readsEveryRowOfTheBundledListWithQuotedCommas() {
        List<CompanyRecord> companies = CompanyCsv.bundled();

        assertThat(companies).hasSize(503);
        assertThat(companies.stream().map(CompanyRecord::symbol).distinct()).hasSize(503);
        assertThat(companies.getFirst()).isEqualTo(new CompanyRecord("MMM", "3M", "Industrials",
                "Industrial Conglomerates", "Saint Paul, Minnesota", LocalDate.parse("1957-03-04"), "66740", "1902"));
        assertThat(companies).contains(new CompanyRecord("AAPL", "Apple Inc.", "Information Technology",
                "Technology Hardware, Storage & Peripherals", "Cupertino, California", LocalDate.parse("1982-11-30"),
                "320193", "1977"));
    }

    @Test
    void undoesDoubledQuotesAndKeepsEmptyFieldsAsNull() throws Exception {
        String csv = CompanyCsv.HEADER + "\nXYZ,\"The \"\"X\"\" Co.\",Energy,Oil,,,,\n";

        List<CompanyRecord> companies = CompanyCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(companies).containsExactly(new CompanyRecord("XYZ", "The \"X\" Co.", "Energy", "Oil", null, null, null, null));
    }

    @Test
    void refusesAFileWithOtherColumns() {
        String csv = "Symbol,Name,Sector\nMMM,3M,Industrials\n";

        assertThatThrownBy(() -> CompanyCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("header");
    }

    @Test
    void refusesALineWithAMissingFieldNamingTheLine() {
        String csv = CompanyCsv.HEADER + "\nMMM,3M,Industrials,Industrial Conglomerates,\"Saint Paul, Minnesota\",1957-03-04,66740\n";

        assertThatThrownBy(() -> CompanyCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("Line 2").hasMessageContaining("7 fields");
    }
}
