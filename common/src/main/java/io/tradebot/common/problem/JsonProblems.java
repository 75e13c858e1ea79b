package io.tradebot.common.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The 400 problem for a request body Jackson could not read: the field (dotted path) when one is to
 * blame, what it should have been, and where the JSON broke; never a Java type or Jackson's own message.
 */
final class JsonProblems {

    private JsonProblems() {
    }

    /** Well-formed JSON that does not fit the request: a field of the wrong type or value, or an unknown field. */
    static Problem unfitting(JsonMappingException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        if (e.getCause() instanceof StreamReadException broken) {
            // a value inside a nested object did not parse; Jackson wrapped it with the outer field's path only
            return malformed(broken, field.isEmpty() ? null : field);
        }
        if (field.isEmpty()) {
            return Problem.of(400, "The request body must be a single JSON object with the fields of this operation");
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return Problem.of(400, "Field '" + field + "' is not known here; the fields are " + names(unknown.getKnownPropertyIds()),
                    field);
        }
        Class<?> expected = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        return Problem.of(400, "Field '" + field + "' " + expectation(expected), field);
    }

    /** JSON that does not parse: names the field whose value was being read when it broke, if any. */
    static Problem malformed(JsonProcessingException e) {
        return malformed(e, null);
    }

    private static Problem malformed(JsonProcessingException e, String enclosingField) {
        if (e instanceof StreamConstraintsException) {
            return Problem.of(400, "The request body exceeds a limit of the JSON reader (a number of over 1000 digits, "
                    + "or nesting too deep)");
        }
        String field = e instanceof StreamReadException read ? fieldBeingRead(read.getProcessor()) : null;
        field = field == null ? enclosingField : field;
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        String detail = field == null ? "The request body is not valid JSON" + where
                : "Field '" + field + "' does not hold a valid JSON value" + where
                        + ": numbers must be finite (no NaN or Infinity), text quoted";
        return Problem.of(400, detail, field);
    }

    /**
     * The dotted path of the field whose value the parser was reading, or null. Jackson parses a value
     * while returning its field name, so a bad value (NaN, an unquoted word) fails with the parser still
     * on that FIELD_NAME; any other failure (end of input, a stray comma) is about the body as a whole.
     */
    private static String fieldBeingRead(JsonParser parser) {
        if (parser == null || !parser.hasToken(JsonToken.FIELD_NAME)) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            names.add(0, context.inArray() ? "[" + context.getCurrentIndex() + "]" : context.getCurrentName());
        }
        return names.isEmpty() || names.contains(null) ? null : String.join(".", names);
    }

    private static String expectation(Class<?> type) {
        if (type == null) {
            return "has a wrong type or value";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.joining(", "));
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "must be a number";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        return "has a wrong type or value";
    }

    private static String names(Collection<Object> known) {
        return known == null ? "listed in the API description"
                : known.stream().map(Objects::toString).sorted().collect(Collectors.joining(", "));
    }
}
