package io.tradebot.cli;

import java.math.BigDecimal;

/** A minimal JSON writer for the report: fields in the order written, numbers in plain notation, null for none. */
final class JsonWriter {

    private final StringBuilder out = new StringBuilder();
    private boolean first = true;

    JsonWriter beginObject() {
        comma();
        out.append('{');
        first = true;
        return this;
    }

    JsonWriter endObject() {
        out.append('}');
        first = false;
        return this;
    }

    JsonWriter beginArray() {
        comma();
        out.append('[');
        first = true;
        return this;
    }

    JsonWriter endArray() {
        out.append(']');
        first = false;
        return this;
    }

    /** Writes a key; the next value call writes its value. */
    JsonWriter name(String name) {
        comma();
        quote(name);
        out.append(':');
        first = true;
        return this;
    }

    JsonWriter value(String text) {
        comma();
        if (text == null) {
            out.append("null");
        } else {
            quote(text);
        }
        return this;
    }

    JsonWriter value(BigDecimal number) {
        comma();
        out.append(number == null ? "null" : number.toPlainString());
        return this;
    }

    JsonWriter value(Double number) {
        comma();
        out.append(number == null || !Double.isFinite(number) ? "null" : BigDecimal.valueOf(number).toPlainString());
        return this;
    }

    JsonWriter value(long number) {
        comma();
        out.append(number);
        return this;
    }

    JsonWriter value(boolean flag) {
        comma();
        out.append(flag);
        return this;
    }

    JsonWriter field(String name, String text) {
        return name(name).value(text);
    }

    JsonWriter field(String name, BigDecimal number) {
        return name(name).value(number);
    }

    JsonWriter field(String name, Double number) {
        return name(name).value(number);
    }

    JsonWriter field(String name, long number) {
        return name(name).value(number);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void comma() {
        if (!first) {
            out.append(',');
        }
        first = false;
    }

    private void quote(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
