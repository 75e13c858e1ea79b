package io.tradebot.ibkr.rest;

import static io.tradebot.ibkr.rest.RawOrder.quoted;
import static io.tradebot.ibkr.rest.TestTokens.as;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.tradebot.common.order.OrderView;
import io.tradebot.devkit.TradebotTestResource;
import io.tradebot.ibkr.repository.OrderRepository;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad field values in {@code POST /orders}: every missing, mistyped, non-finite, out-of-range or unknown
 * field is a 400 {@code application/problem+json} naming the field, within seconds, and nothing is written.
 * The body as a whole (malformed, oversized, wrong media type) is {@link BadRequestBodyResourceTest}.
 */
@QuarkusTest
@TestProfile(WideCollarProfile.class)
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_ibkr"))
class BadInputResourceTest {

    /** A bad value must be refused quickly: a giant exponent must not make the service compute with it. */
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);

    /** Neither a class name nor a stack trace reaches the caller. */
    static final Matcher<String> NO_INTERNALS = allOf(not(containsString("java.")), not(containsString("fasterxml")),
            not(containsString("Exception")), not(containsString("io.tradebot")));

    @Inject
    OrderRepository orders;

    @BeforeEach
    void startFromACleanBook() {
        TradingBook.reset();
    }

    /** Each non-positive, non-finite, huge, tiny or mistyped value, for each numeric field. */
    static Stream<Arguments> badNumbers() {
        List<String> values = List.of("0", "-1", "-0.5", "0.0", "-0", "\"NaN\"", "NaN", "\"Infinity\"", "Infinity",
                "-Infinity", "\"-Infinity\"", "1e400", "1e1000000000", "-1e1000000000", "\"1e1000000000\"",
                "1e-1000000000", "100000001", "1" + "0".repeat(999), "\"abc\"", "\"12abc\"", "\"\"", "true", "false",
                "{}", "{\"value\":10}", "[]", "[10]");
        List<Arguments> cases = new ArrayList<>();
        for (String field : List.of("quantity", "limitPrice", "stopPrice")) {
            values.forEach(value -> cases.add(Arguments.of(field, value)));
        }
        cases.add(Arguments.of("quantity", "1.00001"));
        cases.add(Arguments.of("quantity", "\"0.00001\""));
        cases.add(Arguments.of("limitPrice", "1.0000001"));
        cases.add(Arguments.of("stopPrice", "0.0000001"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badNumbers")
    void refusesABadNumberNamingItsField(String field, String value) {
        RawOrder body = RawOrder.valid().with(field, value);
        if (field.equals("limitPrice")) {
            body.with("type", quoted("LIMIT"));
        } else if (field.equals("stopPrice")) {
            body.with("type", quoted("STOP"));
        }
        assertRefused(body, field);
    }

    static Stream<Arguments> badBracketPrices() {
        return Stream.of("0", "-1", "\"NaN\"", "NaN", "1e1000000000", "1e-1000000000", "0.0000001", "true", "{}", "[]")
                .flatMap(value -> Stream.of(Arguments.of("stopLoss", value), Arguments.of("takeProfit", value)));
    }

    @ParameterizedTest(name = "bracket.{0} = {1}")
    @MethodSource("badBracketPrices")
    void refusesABadBracketPriceNamingIt(String exit, String value) {
        String stopLoss = exit.equals("stopLoss") ? value : "90";
        String takeProfit = exit.equals("takeProfit") ? value : "120";
        assertRefused(RawOrder.valid().with("bracket", "{\"stopLoss\":" + stopLoss + ",\"takeProfit\":" + takeProfit + "}"),
                "bracket." + exit);
    }

    static Stream<Arguments> badEnums() {
        List<Arguments> cases = new ArrayList<>();
        for (String field : List.of("side", "type", "timeInForce")) {
            for (String value : List.of("\"HOLD\"", "\"\"", "\"   \"", "\"G\"", "\"B-U-Y\"", "0", "1", "\"1\"", "1.5",
                    "true", "{}", "[]", "[\"BUY\"]", "[\"MARKET\"]", "[\"DAY\"]")) {
                cases.add(Arguments.of(field, value));
            }
        }
        cases.add(Arguments.of("type", "\"STOP LIMIT\""));
        cases.add(Arguments.of("type", "\"MKT\""));
        cases.add(Arguments.of("timeInForce", "\"IOC\""));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badEnums")
    void refusesAnUnknownOrMistypedEnumNamingItsField(String field, String value) {
        assertRefused(RawOrder.valid().with(field, value), field);
    }

    /** Like symbols: letter case and surrounding blanks do not matter; the name itself must be exact. */
    @Test
    void acceptsEnumNamesInAnyLetterCase() {
        RawOrder buy = RawOrder.valid().with("side", quoted("buy")).with("type", quoted("limit"))
                .with("limitPrice", "1").with("timeInForce", quoted("gtc"));
        OrderView placed = post(buy.json()).then().statusCode(201).extract().as(OrderView.class);
        assertThat(List.of(placed.side().name(), placed.type().name(), placed.timeInForce().name()))
                .containsExactly("BUY", "LIMIT", "GTC");

        RawOrder sell = RawOrder.valid().with("side", quoted(" sElL ")).with("type", quoted("Stop_Limit"))
                .with("stopPrice", "1").with("limitPrice", "1").with("timeInForce", quoted("Day"));
        placed = post(sell.json()).then().statusCode(201).extract().as(OrderView.class);
        assertThat(List.of(placed.side().name(), placed.type().name(), placed.timeInForce().name()))
                .containsExactly("SELL", "STOP_LIMIT", "DAY");
        post(sell.json()).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"clientOrderId", "strategy", "symbol", "side", "type", "quantity"})
    void refusesAMissingRequiredFieldNamingIt(String field) {
        assertRefused(RawOrder.valid().without(field), field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"clientOrderId", "strategy", "symbol", "side", "type", "quantity"})
    void refusesANullRequiredFieldNamingIt(String field) {
        assertRefused(RawOrder.valid().with(field, "null"), field);
    }

    @Test
    void treatsANullOptionalFieldAsAbsent() {
        RawOrder body = RawOrder.valid().with("limitPrice", "null").with("stopPrice", "null")
                .with("timeInForce", "null").with("bracket", "null");
        OrderView placed = post(body.json()).then().statusCode(201).extract().as(OrderView.class);
        assertThat(placed.timeInForce().name()).isEqualTo("DAY");
        assertThat(placed.limitPrice()).isNull();
    }

    /** Text fields given another JSON type, and text that can never be valid. */
    static Stream<Arguments> badTextFields() {
        List<Arguments> cases = new ArrayList<>();
        for (String field : List.of("clientOrderId", "strategy", "symbol")) {
            for (String value : List.of("123", "1.5", "true", "{}", "[]", "[\"AAPL\"]", quoted(""), quoted("   "))) {
                cases.add(Arguments.of(field, value));
            }
        }
        for (String id : List.of("has spaces", "x".repeat(65), "tab\tid", "ünïcödé", "a/b", "nul\u0000id", "emoji-\uD83D\uDE00",
                "entry-SL", "entry-TP", "quote\"id")) {
            cases.add(Arguments.of("clientOrderId", quoted(id)));
        }
        cases.add(Arguments.of("strategy", quoted("s".repeat(65))));
        for (String symbol : List.of("NOPE", "ZZZZ", "AA PL", "AAPL;DROP TABLE orders", "../AAPL", "ÄPFEL", "A".repeat(11),
                "S".repeat(5000), "\u0000", "AAPL\u0000", "%41APL", "<script>")) {
            cases.add(Arguments.of("symbol", quoted(symbol)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badTextFields")
    void refusesABadTextFieldNamingIt(String field, String value) {
        assertRefused(RawOrder.valid().with(field, value), field);
    }

    @Test
    void refusesAnUnknownSymbolAsABadFieldNotAServerError() {
        Response response = post(RawOrder.valid().with("symbol", quoted("NOPE")).json());
        response.then().statusCode(400).contentType("application/problem+json").body("field", equalTo("symbol"))
                .body("detail", containsString("NOPE"));
    }

    /** An unknown field is refused rather than ignored: a misspelt {@code bracket} must not place an order without its stop. */
    static Stream<Arguments> unknownFields() {
        return Stream.of(Arguments.of("foo", "1", "foo"), Arguments.of("limitprice", "100", "limitprice"),
                Arguments.of("stop_price", "100", "stop_price"), Arguments.of("braket", "{\"stopLoss\":90,\"takeProfit\":120}", "braket"),
                Arguments.of("clientorderid", quoted("x"), "clientorderid"), Arguments.of("", "1", ""),
                Arguments.of("bracket", "{\"stopLoss\":90,\"takeProfit\":120,\"trailing\":5}", "bracket.trailing"));
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("unknownFields")
    void refusesAnUnknownFieldNamingIt(String name, String value, String field) {
        RawOrder body = RawOrder.valid().with(name, value);
        Response response = post(body.json());
        response.then().statusCode(400).contentType("application/problem+json").body("detail", NO_INTERNALS);
        if (!field.isEmpty()) {
            response.then().body("field", equalTo(field));
        }
        assertThat(rows(body.clientOrderId())).isZero();
        assertThat(TradingBook.writtenRows()).isZero();
    }

    static Stream<Arguments> pricesThatDoNotFitTheType() {
        return Stream.of(Arguments.of(Map.of("type", "LIMIT"), "limitPrice"),
                Arguments.of(Map.of("type", "STOP"), "stopPrice"),
                Arguments.of(Map.of("type", "STOP_LIMIT", "limitPrice", "100"), "stopPrice"),
                Arguments.of(Map.of("type", "STOP_LIMIT", "stopPrice", "100"), "limitPrice"),
                Arguments.of(Map.of("type", "MARKET", "limitPrice", "100"), "limitPrice"),
                Arguments.of(Map.of("type", "MARKET", "stopPrice", "100"), "stopPrice"),
                Arguments.of(Map.of("type", "LIMIT", "limitPrice", "100", "stopPrice", "100"), "stopPrice"),
                Arguments.of(Map.of("type", "STOP", "stopPrice", "100", "limitPrice", "100"), "limitPrice"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("pricesThatDoNotFitTheType")
    void refusesAPriceMissingOrSuperfluousForTheTypeNamingIt(Map<String, String> fields, String field) {
        RawOrder body = RawOrder.valid();
        fields.forEach((name, value) -> body.with(name, name.equals("type") ? quoted(value) : value));
        assertRefused(body, field);
    }

    @Test
    void saysWhatABadFieldShouldHold() {
        post(RawOrder.valid().with("side", quoted("HOLD")).json()).then().statusCode(400)
                .body("detail", equalTo("Field 'side' must be one of BUY, SELL"));
        post(RawOrder.valid().with("quantity", quoted("abc")).json()).then().statusCode(400)
                .body("detail", equalTo("Field 'quantity' must be a number"));
        post(RawOrder.valid().with("symbol", "true").json()).then().statusCode(400)
                .body("detail", equalTo("Field 'symbol' must be a string"));
        post(RawOrder.valid().with("limitprice", "1").json()).then().statusCode(400)
                .body("detail", containsString("'limitprice' is not known")).body("detail", containsString("limitPrice"));
        post(RawOrder.valid().with("quantity", "NaN").json()).then().statusCode(400)
                .body("detail", containsString("no NaN or Infinity")).body("detail", containsString("column"));
        post(RawOrder.valid().with("quantity", "1e1000000000").json()).then().statusCode(400)
                .body("detail", equalTo("quantity must be at most 10000000"));
        post(RawOrder.valid().with("type", quoted("LIMIT")).with("limitPrice", "1.0000001").json()).then().statusCode(400)
                .body("detail", equalTo("limitPrice allows at most 6 decimals"));
        assertThat(TradingBook.writtenRows()).isZero();
    }

    private void assertRefused(RawOrder body, String field) {
        post(body.json()).then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400))
                .body("field", equalTo(field)).body("detail", NO_INTERNALS);
        assertThat(rows(body.clientOrderId())).as("no order after a bad " + field).isZero();
        assertThat(TradingBook.writtenRows()).as("nothing written after a bad " + field).isZero();
    }

    private long rows(String clientOrderId) {
        return QuarkusTransaction.requiringNew().call(() -> orders.count("clientOrderId", clientOrderId));
    }

    static Response post(String json) {
        return assertTimeoutPreemptively(ANSWER_WITHIN,
                () -> as("service").contentType(ContentType.JSON).body(json.getBytes(UTF_8)).post("/api/v1/orders"));
    }
}
