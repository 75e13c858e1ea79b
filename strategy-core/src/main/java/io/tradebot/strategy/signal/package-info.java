/**
 * Strategies as plain Java: a {@link io.tradebot.strategy.signal.Strategy} turns one symbol's bars, fed in time
 * order with the position held at each bar, into {@link io.tradebot.strategy.signal.TradeIntent}s. Its only state
 * is the bars it was fed, so a backtest, the simulated exchange and a live service that feed it the same bars get
 * the same intents, and every intent has a deterministic id a service turns into its {@code clientOrderId}.
 * {@link io.tradebot.strategy.signal.StrategyRegistry} builds the six strategies by name from {@code key=value}
 * parameters.
 */
package io.tradebot.strategy.signal;
