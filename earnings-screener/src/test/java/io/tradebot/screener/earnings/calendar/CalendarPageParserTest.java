package io.tradebot.screener.earnings.calendar;

import static io.tradebot.screener.earnings.calendar.RecordedPages.PAST;
import static io.tradebot.screener.earnings.calendar.RecordedPages.UPCOMING;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every recorded response, with values checked by hand against the JSON. */
class CalendarPageParserTest {

    private final CalendarPageParser parser = new CalendarPageParser(new ObjectMapper());

    @Test
    void readsEveryRowOfEveryRecordedPage() {
        for (LocalDate date : RecordedPages.ALL) {
            List<EarningsRow> rows = parser.parse(date, RecordedPages.body(date));
            assertThat(rows).as(date.toString()).hasSize(date.equals(PAST) ? 85 : 39)
                    .allSatisfy(row -> {
                        assertThat(row.reportDate()).isEqualTo(date);
                        assertThat(row.marketCap()).isNotNull();
                        assertThat(row.companyName()).isNotBlank();
                    });
        }
    }

    @Test
    void readsAPastPageWithActualsAndSurprises() {
        Map<String, EarningsRow> rows = bySymbol(parser.parse(PAST, RecordedPages.body(PAST)));

        EarningsRow enb = rows.get("ENB");
        assertThat(enb.timeOfDay()).isEqualTo(TimeOfDay.NOT_SUPPLIED);
        assertThat(enb.companyName()).isEqualTo("Enbridge Inc");
        assertThat(enb.marketCap()).isEqualByComparingTo("71008400000");
        assertThat(enb.fiscalQuarterEnding()).isEqualTo("Sep/2023");
        assertThat(enb.epsForecast()).isEqualByComparingTo("0.43");
        assertThat(enb.estimates()).isEqualTo(6);
        assertThat(enb.epsActual()).isEqualByComparingTo("0.46");
        assertThat(enb.surprisePct()).isEqualByComparingTo("6.98");
        assertThat(enb.lastYearEps()).isNull();
        assertThat(enb.lastYearReportDate()).isNull();

        assertThat(rows.get("SRE").companyName()).isEqualTo("Sempra");
        assertThat(rows.get("LBRDK").surprisePct()).isEqualByComparingTo("-54.55");
        assertThat(rows.get("LBRDK").epsForecast()).isEqualByComparingTo("2.42");
        assertThat(rows.get("USM").surprisePct()).isEqualByComparingTo("333.33");
        assertThat(rows.get("MOG.A").epsActual()).isEqualByComparingTo("2.10");

        EarningsRow llyvk = rows.get("LLYVK");
        assertThat(llyvk.timeOfDay()).isEqualTo(TimeOfDay.PRE_MARKET);
        assertThat(llyvk.epsActual()).isNull();
        assertThat(llyvk.surprisePct()).isNull();
        assertThat(llyvk.epsForecast()).isEqualByComparingTo("0.98");
        assertThat(llyvk.estimates()).isEqualTo(1);

        EarningsRow bha = rows.get("BH.A");
        assertThat(bha.epsActual()).isEqualByComparingTo("-195.55");
        assertThat(bha.epsForecast()).isNull();
        assertThat(bha.estimates()).isNull();
        assertThat(bha.marketCap()).isEqualByComparingTo("1681597456");
    }

    @Test
    void readsAnUpcomingPageWithLastYearsReport() {
        Map<String, EarningsRow> rows = bySymbol(parser.parse(UPCOMING, RecordedPages.body(UPCOMING)));

        EarningsRow ddd = rows.get("DDD");
        assertThat(ddd.companyName()).isEqualTo("3D Systems Corporation");
        assertThat(ddd.lastYearReportDate()).isEqualTo(LocalDate.of(2023, 5, 8));
        assertThat(ddd.lastYearEps()).isEqualByComparingTo("-0.17");
        assertThat(ddd.epsForecast()).isEqualByComparingTo("-0.11");
        assertThat(ddd.estimates()).isEqualTo(2);
        assertThat(ddd.marketCap()).isEqualByComparingTo("409642530");
        assertThat(ddd.fiscalQuarterEnding()).isEqualTo("Mar/2024");
        assertThat(ddd.epsActual()).isNull();
        assertThat(ddd.surprisePct()).isNull();

        EarningsRow ppsi = rows.get("PPSI");
        assertThat(ppsi.epsForecast()).isEqualByComparingTo("0.05");
        assertThat(ppsi.lastYearEps()).isEqualByComparingTo("0.01");
        assertThat(ppsi.lastYearReportDate()).isEqualTo(LocalDate.of(2023, 5, 15));

        EarningsRow cnvs = rows.get("CNVS");
        assertThat(cnvs.timeOfDay()).isEqualTo(TimeOfDay.AFTER_HOURS);
        assertThat(cnvs.lastYearReportDate()).isNull();
        assertThat(cnvs.lastYearEps()).isEqualByComparingTo("-0.35");
        assertThat(cnvs.epsForecast()).isNull();

        assertThat(rows.get("SCNI").lastYearEps()).isEqualByComparingTo(new BigDecimal("12"));
        assertThat(rows.get("SCNI").estimates()).isNull();
        assertThat(rows.get("SMFL").lastYearEps()).isEqualByComparingTo("-99.99");
        assertThat(rows.get("SMFL").marketCap()).isEqualByComparingTo("324356");
    }

    @Test
    void keepsTheOrderOfThePage() {
        List<EarningsRow> rows = parser.parse(PAST, RecordedPages.body(PAST));
        assertThat(rows.subList(0, 4)).extracting(EarningsRow::symbol).containsExactly("ENB", "SRE", "D", "IT");
    }

    @Test
    void aDayWithoutReportsIsAnEmptyList() {
        String body = RecordedPages.body(UPCOMING).replaceFirst("\"rows\":\\[.*\\]\\}", "\"rows\":null}");
        assertThat(body).contains("\"rows\":null");
        assertThat(parser.parse(UPCOMING, body)).isEmpty();
    }

    private static Map<String, EarningsRow> bySymbol(List<EarningsRow> rows) {
        return rows.stream().collect(Collectors.toMap(EarningsRow::symbol, Function.identity()));
    }
}
