package io.tradebot.strategy.risk;

import java.util.Objects;

/** The verdict on one order: {@link Ok} or a {@link Rejection} with a stable reason code. */
public sealed interface RiskDecision {

    /** The order passed every rule. */
    static RiskDecision ok() {
        return Ok.INSTANCE;
    }

    /** True when the order passed every rule. */
    default boolean accepted() {
        return this instanceof Ok;
    }

    /** The order may go to the broker. */
    enum Ok implements RiskDecision {
        INSTANCE
    }

    /**
     * The order must not go to the broker.
     *
     * @param reasonCode one of the {@link RejectCodes} constants
     * @param message    what was wrong, with the numbers, for a human
     */
    record Rejection(String reasonCode, String message) implements RiskDecision {

        public Rejection {
            Objects.requireNonNull(reasonCode, "reasonCode");
            Objects.requireNonNull(message, "message");
        }

        /** "CODE: message", as stored in an order's reject reason. */
        public String describe() {
            return reasonCode + ": " + message;
        }
    }
}
