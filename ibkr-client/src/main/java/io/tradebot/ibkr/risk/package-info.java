/**
 * Pre-trade risk at the broker's door: the trading state (kill switch) in {@code risk_state}, the
 * account snapshot each order is judged against with strategy-core's {@code PreTradeRisk}, the
 * automatic switch to REDUCING at the daily loss limit, and flattening every position.
 */
package io.tradebot.ibkr.risk;
