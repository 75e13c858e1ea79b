package io.tradebot.ibkr.rest;

import static io.tradebot.ibkr.rest.BadInputResourceTest.NO_INTERNALS;
import static io.tradebot.ibkr.rest.BadInputResourceTest.post;
import static io.tradebot.ibkr.rest.RawOrder.quoted;
import static io.tradebot.ibkr.rest.TestTokens.as;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.tradebot.devkit.TradebotTestResource;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The request body as a whole: not JSON, not an object, trailing content, a field given twice, not UTF-8,
 * another media type, or larger than the 64 KiB limit. Each is a 4xx problem+json (400, 415, 413), for
 * {@code POST /orders}, {@code PUT /risk/state} and {@code DELETE /orders/{id}}, and nothing is written.
 */
@QuarkusTest
@TestProfile(WideCollarProfile.class)
@WithTestResource(value = TradebotTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tradebot_test_ibkr"))
class BadRequestBodyResourceTest {

    private static final int LIMIT = 64 * 1024;
    private static final int ONE_MB = 1024 * 1024;

    @TestHTTPResource("/api/v1/orders")
    URI ordersUri;

    @BeforeEach
    void startFromACleanBook() {
        TradingBook.reset();
    }

    static Stream<String> notAnOrderObject() {
        String valid = RawOrder.valid().json();
        return Stream.of("", "   ", "\n", "null", "[]", "[" + valid + "]", "\"order\"", "42", "true", "[".repeat(60_000));
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("notAnOrderObject")
    void refusesABodyThatIsNotAnOrderObject(String body) {
        assertBodyRefused(post(body), 400);
    }

    static Stream<String> malformedJson() {
        String valid = RawOrder.valid().json();
        return Stream.of(valid.substring(0, valid.length() - 1), valid.substring(0, valid.length() / 2),
                valid.substring(0, valid.indexOf("\"quantity\":") + 11), "{", "{\"", "}", "{'clientOrderId':'x'}",
                "{clientOrderId:\"x\"}", valid.replace("}", ",}"), "/* comment */" + valid, valid.replace(":", "="),
                valid + "{}", valid + " x", valid + valid, "{}x", "{\"clientOrderId\":" + "[".repeat(5000) + "}",
                valid.replace("\"quantity\":10", "\"quantity\":1" + "0".repeat(2000)));
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("malformedJson")
    void refusesMalformedJson(String body) {
        assertRefused(post(body), 400);
    }

    @Test
    void refusesAFieldGivenTwice() {
        RawOrder body = RawOrder.valid();
        String twice = body.json().replace("\"quantity\":10", "\"quantity\":10,\"quantity\":1000");
        post(twice).then().statusCode(400).contentType("application/problem+json").body("detail", NO_INTERNALS);
        assertThat(TradingBook.writtenRows()).isZero();
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        byte[] json = RawOrder.valid().json().replace("bad-input-test", "bad-input-test-XX").getBytes(UTF_8);
        int at = new String(json, UTF_8).indexOf("-XX") + 1;
        json[at] = (byte) 0xC3;
        json[at + 1] = (byte) 0x28;
        assertRefused(as("service").contentType(ContentType.JSON).body(json).post("/api/v1/orders"), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml", "application/x-www-form-urlencoded", "application/octet-stream",
        "multipart/form-data; boundary=x", "text/json"})
    void refusesAnotherMediaTypeWith415(String mediaType) throws Exception {
        assertProblem(send(withLength(mediaType, RawOrder.valid().json().getBytes(UTF_8))), 415);
    }

    @Test
    void refusesABodyWithoutAMediaTypeWith415() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(ordersUri).header("Authorization", "Bearer " + TestTokens.token("service"))
                .POST(HttpRequest.BodyPublishers.ofString(RawOrder.valid().json())).build();
        assertThat(request.headers().firstValue("Content-Type")).as("sent without a Content-Type").isEmpty();
        assertProblem(send(request), 415);
        // REST Assured's noContentType() sends the media range */*, which is no media type either
        assertBodyRefused(as("service").noContentType().body(RawOrder.valid().json().getBytes(UTF_8)).post("/api/v1/orders"), 415);
    }

    @Test
    void refusesAnOrderPaddedToOneMegabyteWith413() {
        String padded = RawOrder.valid().with("padding", quoted("x".repeat(ONE_MB))).json();
        assertBodyRefused(post(padded), 413);
    }

    @Test
    void refusesOneMegabyteOfGarbageWith413() {
        byte[] garbage = new byte[ONE_MB];
        new Random(42).nextBytes(garbage);
        assertBodyRefused(as("service").contentType(ContentType.JSON).body(garbage).post("/api/v1/orders"), 413);
    }

    @Test
    void refusesABodyJustOverTheLimitWith413() {
        String over = RawOrder.valid().with("strategy", quoted("s".repeat(LIMIT))).json();
        assertBodyRefused(post(over), 413);
    }

    @Test
    void readsABodyJustUnderTheLimitAndJudgesItsFields() {
        String under = RawOrder.valid().with("strategy", quoted("s".repeat(LIMIT - 1024))).json();
        post(under).then().statusCode(400).contentType("application/problem+json").body("field", equalTo("strategy"));
        assertThat(TradingBook.writtenRows()).isZero();
    }

    @Test
    void refusesAChunkedBodyOverTheLimitWith413() throws Exception {
        byte[] padded = RawOrder.valid().with("padding", quoted("x".repeat(ONE_MB))).json().getBytes(UTF_8);
        assertProblem(send(chunked(padded)), 413);
    }

    @Test
    void readsAChunkedBodyUnderTheLimit() throws Exception {
        assertThat(send(chunked(RawOrder.valid().json().getBytes(UTF_8))).statusCode()).isEqualTo(201);
    }

    @Test
    void refusesAnEmptyChunkedBody() throws Exception {
        assertProblem(send(chunked(new byte[0])), 400);
    }

    @Test
    void refusesAnEmptyBody() throws Exception {
        assertProblem(send(withLength("application/json", new byte[0])), 400);
    }

    /** A POST of {@code body} with a Content-Length. */
    private HttpRequest withLength(String mediaType, byte[] body) {
        return HttpRequest.newBuilder(ordersUri).header("Authorization", "Bearer " + TestTokens.token("service"))
                .header("Content-Type", mediaType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    /** A POST of {@code body} in chunks, without a Content-Length. */
    private HttpRequest chunked(byte[] body) {
        return HttpRequest.newBuilder(ordersUri).header("Authorization", "Bearer " + TestTokens.token("service"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        return assertTimeoutPreemptively(BadInputResourceTest.ANSWER_WITHIN, () -> {
            try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            }
        });
    }

    private static void assertProblem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = new ObjectMapper().readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.has("field")).isFalse();
        assertThat(TradingBook.writtenRows()).isZero();
    }

    static Stream<Arguments> badRiskStates() {
        String r = ",\"reason\":\"r\"";
        return Stream.of(Arguments.of("{\"state\":1" + r + "}", "state"), Arguments.of("{\"state\":true" + r + "}", "state"),
                Arguments.of("{\"state\":[\"HALTED\"]" + r + "}", "state"), Arguments.of("{\"state\":{}" + r + "}", "state"),
                Arguments.of("{\"state\":\"PAUSED\"" + r + "}", "state"), Arguments.of("{\"reason\":\"r\"}", "state"),
                Arguments.of("{\"state\":null" + r + "}", "state"), Arguments.of("{\"state\":\"HALTED\",\"reason\":5}", "reason"),
                Arguments.of("{\"state\":\"HALTED\",\"reason\":{}}", "reason"), Arguments.of("{\"state\":\"HALTED\"}", "reason"),
                Arguments.of("{\"state\":\"HALTED\",\"reason\":\"\"}", "reason"),
                Arguments.of("{\"state\":\"HALTED\",\"reason\":\"" + "r".repeat(256) + "\"}", "reason"),
                Arguments.of("{\"state\":\"HALTED\"" + r + ",\"until\":\"tomorrow\"}", "until"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRiskStates")
    void refusesABadRiskStateNamingTheFieldAndKeepsTheState(String body, String field) {
        putRiskState(as("ADMIN").contentType(ContentType.JSON).body(body.getBytes(UTF_8))).then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo(field)).body("detail", NO_INTERNALS);
        assertRiskStateUntouched();
    }

    static Stream<String> badRiskStateBodies() {
        return Stream.of("", "null", "[]", "{\"state\":\"HALTED\",", "{\"state\":\"HALTED\",\"reason\":\"r\"}{}");
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("badRiskStateBodies")
    void refusesABadRiskStateBodyAndKeepsTheState(String body) {
        assertRefused(putRiskState(as("ADMIN").contentType(ContentType.JSON).body(body.getBytes(UTF_8))), 400);
        assertRiskStateUntouched();
    }

    @Test
    void refusesARiskStateInAnotherMediaTypeOrOverTheLimit() {
        byte[] halt = "{\"state\":\"HALTED\",\"reason\":\"r\"}".getBytes(UTF_8);
        assertBodyRefused(putRiskState(as("ADMIN").contentType("text/plain").body(halt)), 415);
        byte[] padded = ("{\"state\":\"HALTED\",\"reason\":" + quoted("r".repeat(ONE_MB)) + "}").getBytes(UTF_8);
        assertBodyRefused(putRiskState(as("ADMIN").contentType(ContentType.JSON).body(padded)), 413);
        assertRiskStateUntouched();
    }

    @Test
    void acceptsARiskStateInAnyLetterCase() {
        putRiskState(as("ADMIN").contentType(ContentType.JSON).body("{\"state\":\"halted\",\"reason\":\"case test\"}"))
                .then().statusCode(200).body("state", equalTo("HALTED"));
        putRiskState(as("ADMIN").contentType(ContentType.JSON).body("{\"state\":\"Active\",\"reason\":\"case test\"}"))
                .then().statusCode(200).body("state", equalTo("ACTIVE"));
    }

    static Stream<String> oddClientOrderIds() {
        return Stream.of("no-such-order", "has%20space", "x".repeat(65), "x".repeat(3000), "%FF%FE", "%00", "..%2F..%2Fclock",
                "%E2%82%AC", "a;b", "'%20OR%20'1'='1", "%25", "ends-SL");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddClientOrderIds")
    void answersACancelOfAnOddIdWithAProblemNeverAServerError(String id) {
        Response response = assertTimeoutPreemptively(BadInputResourceTest.ANSWER_WITHIN,
                () -> as("service").urlEncodingEnabled(false).delete("/api/v1/orders/" + id));
        assertThat(response.statusCode()).isBetween(400, 499);
        response.then().contentType("application/problem+json").body("detail", NO_INTERNALS);
        assertThat(TradingBook.writtenRows()).isZero();
    }

    @Test
    void refusesACancelWithAnOversizedBody() {
        byte[] garbage = new byte[ONE_MB];
        assertBodyRefused(as("service").contentType(ContentType.JSON).body(garbage).delete("/api/v1/orders/no-such-order"), 413);
    }

    private static Response putRiskState(RequestSpecification request) {
        return assertTimeoutPreemptively(BadInputResourceTest.ANSWER_WITHIN, () -> request.put("/api/v1/risk/state"));
    }

    private static void assertRiskStateUntouched() {
        as("VIEWER").get("/api/v1/risk").then().statusCode(200).body("state", equalTo("ACTIVE"))
                .body("reason", equalTo("test reset"));
        assertThat(TradingBook.writtenRows()).isZero();
    }

    private static void assertRefused(Response response, int status) {
        response.then().statusCode(status).contentType("application/problem+json").body("status", equalTo(status))
                .body("detail", NO_INTERNALS);
        assertThat(TradingBook.writtenRows()).isZero();
    }

    /** A problem about the body as a whole: no single field to name. */
    private static void assertBodyRefused(Response response, int status) {
        response.then().statusCode(status).contentType("application/problem+json").body("status", equalTo(status))
                .body("field", nullValue()).body("detail", NO_INTERNALS);
        assertThat(TradingBook.writtenRows()).isZero();
    }
}
