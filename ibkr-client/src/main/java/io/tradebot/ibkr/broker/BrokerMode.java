package io.tradebot.ibkr.broker;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The broker adapters this build has; {@code tradebot.ibkr.mode} picks one. */
public enum BrokerMode {

    /** The simulated exchange replaying bundled history. */
    SIM;

    /** The mode named {@code value}, or an exception that says which modes exist. */
    public static BrokerMode parse(String value) {
        String wanted = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(mode -> mode.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalStateException("tradebot.ibkr.mode='" + value + "' is not supported; this build offers: "
                        + Arrays.stream(values()).map(BrokerMode::label).collect(Collectors.joining(", "))));
    }

    /** The lower-case name used in configuration and in the clock's {@code mode}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
