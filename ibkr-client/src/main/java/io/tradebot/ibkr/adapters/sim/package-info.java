/**
 * The simulated exchange: replays bundled history on a replay clock and works MARKET, LIMIT, STOP,
 * STOP_LIMIT and bracket orders against each bar with {@code strategy-core}'s fill model.
 */
package io.tradebot.ibkr.adapters.sim;
