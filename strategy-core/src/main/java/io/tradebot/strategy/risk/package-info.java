/**
 * Pre-trade risk rules as plain Java: the policy, the account snapshot an order is judged against, and
 * {@link io.tradebot.strategy.risk.PreTradeRisk}, so the broker gateway and the backtest engine apply the same rules.
 */
package io.tradebot.strategy.risk;
