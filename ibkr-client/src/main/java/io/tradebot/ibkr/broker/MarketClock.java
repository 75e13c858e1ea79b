package io.tradebot.ibkr.broker;

import io.tradebot.common.market.ClockView;
import java.time.Instant;

/** The market's time: replayed history in {@code sim}, the wall clock against a real broker. */
public interface MarketClock {

    /** The market's current instant. */
    Instant now();

    /** The clock's now, trading date, session, mode and speed, all read at one instant. */
    ClockView view();
}
