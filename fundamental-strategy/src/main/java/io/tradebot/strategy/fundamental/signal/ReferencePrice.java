package io.tradebot.strategy.fundamental.signal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;

/** The price an entry is sized at: the last close the screener recorded in the entry's reasons. */
public final class ReferencePrice {

    private static final ObjectReader JSON = new ObjectMapper().reader()
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ReferencePrice() {
    }

    /** The positive {@code close} in {@code reasons}, or empty if it is missing, not a number or not positive. */
    public static Optional<BigDecimal> fromReasons(String reasons) {
        if (reasons == null || reasons.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode close = JSON.readTree(reasons).path("close");
            if (!close.isNumber()) {
                return Optional.empty();
            }
            BigDecimal value = close.decimalValue();
            return value.signum() > 0 ? Optional.of(value) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
