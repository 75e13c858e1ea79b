package io.tradebot.ibkr.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

/** Configuration of ibkr-client. */
@ConfigMapping(prefix = "tradebot.ibkr")
public interface IbkrClientConfig {

    /** Which broker adapter runs: only {@code sim} exists so far; anything else stops the start. */
    @WithDefault("sim")
    String mode();

    /** The simulated exchange and its replay clock. */
    Sim sim();

    /** The pre-trade risk limits every order is checked against before it reaches the broker. */
    Risk risk();

    /** Settings of the {@code sim} adapter. */
    interface Sim {

        /** First trading day the replay clock replays (the next trading day if this is not one). */
        @WithDefault("2018-01-02")
        LocalDate from();

        /** Simulated seconds per real second. */
        @WithDefault("60")
        double speed();

        /**
         * How long the simulated exchange waits after one look for orders it can fill before the next (a Quarkus duration,
         * e.g. 1s, 200ms; positive).
         */
        @WithDefault("200ms")
        Duration fillInterval();

        /** Slippage against the order, in basis points of the open price (BUY pays up, SELL receives less). */
        @WithDefault("0")
        BigDecimal slippageBps();

        /**
         * The largest share of a bar's volume one execution may take (0 &lt; share ≤ 1); the rest of the
         * order keeps working on the next bars (a partial fill).
         */
        @WithDefault("0.10")
        BigDecimal maxVolumeShare();

        /**
         * How long the simulated exchange takes to acknowledge an order: half on the way to the exchange
         * (before it has the order), half on the way back (it has the order, ibkr-client does not know yet).
         * 0 by default; a few milliseconds make the simulation closer to a real broker's round trip.
         */
        @WithDefault("0ms")
        Duration ackLatency();

        /** Cash of the simulated account {@code SIM} when it is created on first start, in USD. */
        @WithDefault("100000")
        BigDecimal initialCash();
    }

    /** Pre-trade risk limits; percentages are percent numbers (10 means 10%). */
    interface Risk {

        /** Largest value of one position (held plus open orders plus the new order), in % of equity. */
        @WithDefault("10")
        BigDecimal maxPositionPct();

        /** Most symbols held or with an open order at once. */
        @WithDefault("8")
        int maxOpenPositions();

        /** Loss from start-of-day equity, in %, at which trading switches to REDUCING for the rest of the day. */
        @WithDefault("5")
        BigDecimal dailyLossPct();

        /** Largest distance of a limit price from the last price, in % of the last price. */
        @WithDefault("10")
        BigDecimal priceCollarPct();

        /** Reg T initial margin in %: buying power = (equity − margin × gross exposure) / margin. */
        @WithDefault("50")
        BigDecimal initialMarginPct();

        /** Orders one strategy may place in any 60 seconds of real time. */
        @WithDefault("30")
        int maxOrdersPerMinute();

        /** Whether MARKET orders are accepted in the PRE and POST sessions and while the market is closed. */
        @WithDefault("false")
        boolean allowMarketOutsideRegular();
    }
}
