package io.tradebot.screener.fundamental.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Writes and reads the JSON columns (reasons, stages, model parameters and metrics) as maps; decimals stay plain. */
@ApplicationScoped
public class JsonColumns {

    private final ObjectWriter writer;
    private final ObjectReader reader;

    public JsonColumns(ObjectMapper mapper) {
        this.writer = mapper.writer().with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        this.reader = mapper.readerFor(new TypeReference<Map<String, Object>>() { });
    }

    /** {@code value} as JSON text. */
    String write(Map<String, Object> value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a JSON column", e);
        }
    }

    /** The map a JSON column holds; null for null. */
    Map<String, Object> read(String value) {
        try {
            return value == null ? null : reader.readValue(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not read a JSON column", e);
        }
    }
}
