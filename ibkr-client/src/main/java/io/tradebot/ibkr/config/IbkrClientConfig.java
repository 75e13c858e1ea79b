package io.tradebot.ibkr.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Configuration of ibkr-client. */
@ConfigMapping(prefix = "tradebot.ibkr")
public interface IbkrClientConfig {

    /** Which broker adapter runs: only {@code sim} exists so far; anything else stops the start. */
    @WithDefault("sim")
    String mode();

    /** The simulated exchange and its replay clock. */
    Sim sim();

    /** Settings of the {@code sim} adapter. */
    interface Sim {

        /** First trading day the replay clock replays (the next trading day if this is not one). */
        @WithDefault("2018-01-02")
        LocalDate from();

        /** Simulated seconds per real second. */
        @WithDefault("60")
        double speed();

        /** How often the simulated exchange looks for orders it can fill (a Quarkus duration, e.g. 1s, 200ms). */
        @WithDefault("1s")
        String fillInterval();

        /** Slippage against the order, in basis points of the open price (BUY pays up, SELL receives less). */
        @WithDefault("0")
        BigDecimal slippageBps();

        /** Cash of the simulated account {@code SIM} when it is created on first start, in USD. */
        @WithDefault("100000")
        BigDecimal initialCash();
    }
}
