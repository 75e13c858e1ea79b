package io.tradebot.common.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradebot.common.order.PlaceOrderRequest;
import org.junit.jupiter.api.Test;

class JsonProblemsTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void namesTheFieldWhoseValueIsNotJson() {
        Problem problem = JsonProblems.malformed(parseError("{\"clientOrderId\":\"a\",\"quantity\":NaN}"));
        assertThat(problem.field()).isEqualTo("quantity");
        assertThat(problem.detail()).contains("line 1, column").contains("no NaN or Infinity");
    }

    @Test
    void namesANestedFieldWithItsPath() {
        JsonMappingException wrapped = mappingError("{\"bracket\":{\"stopLoss\":Infinity,\"takeProfit\":1}}");
        assertThat(JsonProblems.unfitting(wrapped).field()).isEqualTo("bracket.stopLoss");
    }

    @Test
    void namesNoFieldWhenTheBodyAsAWholeIsBroken() {
        Problem truncated = JsonProblems.malformed(parseError("{\"clientOrderId\":\"a\","));
        assertThat(truncated.field()).isNull();
        assertThat(truncated.detail()).startsWith("The request body is not valid JSON (line 1, column");
        assertThat(JsonProblems.unfitting(mappingError("[]")).field()).isNull();
    }

    @Test
    void saysWhatTheFieldShouldHoldWithoutJavaTypes() {
        assertThat(JsonProblems.unfitting(mappingError("{\"side\":\"HOLD\"}")).detail())
                .isEqualTo("Field 'side' must be one of BUY, SELL");
        assertThat(JsonProblems.unfitting(mappingError("{\"quantity\":\"abc\"}")).detail())
                .isEqualTo("Field 'quantity' must be a number");
        assertThat(JsonProblems.unfitting(mappingError("{\"bracket\":5}")).detail())
                .isEqualTo("Field 'bracket' has a wrong type or value");
        Problem unknown = JsonProblems.unfitting(mappingError("{\"limitprice\":1}"));
        assertThat(unknown.field()).isEqualTo("limitprice");
        assertThat(unknown.detail()).contains("limitPrice").doesNotContain("java.").doesNotContain("PlaceOrderRequest");
    }

    private static JsonProcessingException parseError(String json) {
        return catchThrowableOfType(JsonProcessingException.class, () -> JSON.readValue(json, PlaceOrderRequest.class));
    }

    private static JsonMappingException mappingError(String json) {
        return catchThrowableOfType(JsonMappingException.class, () -> JSON.readValue(json, PlaceOrderRequest.class));
    }
}
