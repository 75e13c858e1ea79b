package io.tradebot.screener.fundamental.rest;

import static io.restassured.RestAssured.given;
import static io.tradebot.screener.fundamental.rest.ScreenTestSupport.count;
import static io.tradebot.screener.fundamental.rest.ScreenTestSupport.row;
import static io.tradebot.screener.fundamental.rest.ScreenTestSupport.token;
import static io.tradebot.screener.fundamental.rest.ScreenTestSupport.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tradebot.devkit.IbkrClientStandIn;
import io.tradebot.devkit.IbkrClientStandInResource;
import io.tradebot.devkit.TradebotTestResource;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_screenerfundamental"))
@WithTestResource(value = IbkrClientStandInResource.class, scope = TestResourceScope.GLOBAL)
class ReferenceDataResourceTest {

    private static final String COMPANY_COLUMNS = "select concat_ws('|', symbol, security, gics_sector, gics_sub_industry,"
            + " coalesce(headquarters_location, '-'), coalesce(date_added, '-'), coalesce(cik, '-'), coalesce(founded, '-'))"
            + " from company where symbol = ?";
    private static final String FUNDAMENTALS_COLUMNS = "select concat_ws('|', symbol, as_of, coalesce(price, '-'),"
            + " coalesce(eps, '-'), coalesce(pe, '-'), coalesce(market_cap, '-'), coalesce(ebitda, '-'),"
            + " coalesce(price_to_sales, '-'), coalesce(price_to_book, '-'), coalesce(dividend_yield_pct, '-'))"
            + " from fundamentals where symbol = ?";

    IbkrClientStandIn ibkr;

    @Inject
    DataSource db;

    @BeforeEach
    void resetStandIn() {
        ibkr.reset();
    }

    @Test
    void companyListIsLoadedAtStartWithEveryFieldAndAReloadChangesNothing() {
        given().auth().oauth2(token("ADMIN")).post("/api/v1/companies/load")
                .then().statusCode(200)
                .body("inserted", equalTo(0)).body("updated", equalTo(0))
                .body("unchanged", equalTo(503)).body("missing", equalTo(0));

        assertThat(count(db, "select count(*) from company")).isEqualTo(503);
        assertThat(row(db, COMPANY_COLUMNS, "MMM"))
                .isEqualTo("MMM|3M|Industrials|Industrial Conglomerates|Saint Paul, Minnesota|1957-03-04|66740|1902");
        assertThat(row(db, COMPANY_COLUMNS, "ABBV"))
                .isEqualTo("ABBV|AbbVie|Health Care|Biotechnology|North Chicago, Illinois|2012-12-31|1551152|2013 (1888)");
        assertThat(row(db, COMPANY_COLUMNS, "AAPL")).isEqualTo("AAPL|Apple Inc.|Information Technology"
                + "|Technology Hardware, Storage & Peripherals|Cupertino, California|1982-11-30|320193|1977");
        assertThat(row(db, COMPANY_COLUMNS, "BRK.B"))
                .isEqualTo("BRK.B|Berkshire Hathaway|Financials|Multi-Sector Holdings|Omaha, Nebraska|2010-02-16|1067983|1839");
        assertThat(row(db, COMPANY_COLUMNS, "JPM")).isEqualTo("JPM|JPMorgan Chase|Financials|Diversified Banks"
                + "|New York City, New York|1975-06-30|19617|2000 (1799 / 1871)");
    }

    @Test
    void reloadPutsBackAChangedRowAndAMissingRowAndTouchesNoOther() {
        update(db, "update company set security = 'Three M', founded = null where symbol = 'MMM'");
        update(db, "delete from company where symbol = 'ABBV'");
        String untouchedLoadedAt = row(db, "select loaded_at from company where symbol = 'AAPL'");

        given().auth().oauth2(token("service")).post("/api/v1/companies/load")
                .then().statusCode(200)
                .body("inserted", equalTo(1)).body("updated", equalTo(1)).body("unchanged", equalTo(501));

        assertThat(row(db, COMPANY_COLUMNS, "MMM"))
                .isEqualTo("MMM|3M|Industrials|Industrial Conglomerates|Saint Paul, Minnesota|1957-03-04|66740|1902");
        assertThat(row(db, COMPANY_COLUMNS, "ABBV"))
                .isEqualTo("ABBV|AbbVie|Health Care|Biotechnology|North Chicago, Illinois|2012-12-31|1551152|2013 (1888)");
        assertThat(row(db, "select loaded_at from company where symbol = 'AAPL'")).isEqualTo(untouchedLoadedAt);
    }

    @Test
    void fundamentalsAreLoadedFromIbkrClientWithEveryFieldAndAReloadChangesNothing() {
        update(db, "delete from fundamentals");
        ibkr.fundamentals("AAPL", ScreenTestSupport.fundamentals("AAPL", "2017-03-08", "139.52", "8.33", "16.75",
                "732000000000", "69750000000", "3.35", "5.53", "1.63"));
        ibkr.fundamentals("JPM", ScreenTestSupport.fundamentals("JPM", "2017-03-08", "91.41", "6.19", "14.77",
                "325490000000", null, "3.62", "1.43", "2.07"));
        ibkr.fundamentals("ABBV", ScreenTestSupport.fundamentals("ABBV", "2017-03-08", "63.69", "3.63", null,
                "101520000000", "10950000000", "3.95", "21.83", "4.04"));

        given().auth().oauth2(token("ADMIN")).post("/api/v1/fundamentals/load")
                .then().statusCode(200)
                .body("inserted", equalTo(3)).body("updated", equalTo(0))
                .body("unchanged", equalTo(0)).body("missing", equalTo(500));

        assertThat(count(db, "select count(*) from fundamentals")).isEqualTo(3);
        assertThat(row(db, FUNDAMENTALS_COLUMNS, "AAPL")).isEqualTo("AAPL|2017-03-08|139.520000|8.330000|16.750000"
                + "|732000000000.00|69750000000.00|3.350000|5.530000|1.630000");
        assertThat(row(db, FUNDAMENTALS_COLUMNS, "JPM")).isEqualTo("JPM|2017-03-08|91.410000|6.190000|14.770000"
                + "|325490000000.00|-|3.620000|1.430000|2.070000");
        assertThat(row(db, FUNDAMENTALS_COLUMNS, "ABBV")).isEqualTo("ABBV|2017-03-08|63.690000|3.630000|-"
                + "|101520000000.00|10950000000.00|3.950000|21.830000|4.040000");

        given().auth().oauth2(token("ADMIN")).post("/api/v1/fundamentals/load")
                .then().statusCode(200)
                .body("inserted", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(3));
        assertThat(count(db, "select count(*) from fundamentals")).isEqualTo(3);
    }

    @Test
    void aChangedSnapshotIsUpdatedInPlaceAndANewAsOfDateAddsARow() {
        update(db, "delete from fundamentals");
        ibkr.fundamentals("AAPL", ScreenTestSupport.fundamentals("AAPL", "2017-03-08", "139.52", "8.33", "16.75",
                "732000000000", "69750000000", "3.35", "5.53", "1.63"));
        given().auth().oauth2(token("ADMIN")).post("/api/v1/fundamentals/load").then().statusCode(200);

        ibkr.fundamentals("AAPL", ScreenTestSupport.fundamentals("AAPL", "2017-03-08", "139.52", "8.33", "16.80",
                "732000000000", "69750000000", "3.35", "5.53", "1.63"));
        // A later snapshot of another company (made-up numbers): a new as-of date is a new row.
        ibkr.fundamentals("KO", ScreenTestSupport.fundamentals("KO", "2017-03-09", "41.98", "1.49", "28.18",
                "179500000000", "11900000000", "4.27", "7.12", "3.54"));
        given().auth().oauth2(token("ADMIN")).post("/api/v1/fundamentals/load")
                .then().statusCode(200)
                .body("inserted", equalTo(1)).body("updated", equalTo(1)).body("unchanged", equalTo(0));

        assertThat(row(db, "select pe from fundamentals where symbol = 'AAPL' and as_of = '2017-03-08'")).isEqualTo("16.800000");
        assertThat(count(db, "select count(*) from fundamentals")).isEqualTo(2);
    }

    @Test
    void onlyAdminsAndServicesMayLoad() {
        for (String path : List.of("/api/v1/companies/load", "/api/v1/fundamentals/load")) {
            given().auth().oauth2(token("VIEWER")).post(path).then().statusCode(403);
            given().auth().oauth2(token("TRADER")).post(path).then().statusCode(403);
            given().post(path).then().statusCode(401);
        }
    }
}
