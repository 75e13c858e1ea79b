package io.tradebot.screener.fundamental.model;

import java.time.Instant;

/** A bar reduced to what the models use: when it started and where it closed. */
public record TimedClose(Instant start, double close) {

    public TimedClose {
        if (!(close > 0) || start == null) {
            throw new IllegalArgumentException("a close must be positive and have a start: " + start + " " + close);
        }
    }
}
