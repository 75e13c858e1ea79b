/** The broker port: what ibkr-client needs from any broker (orders, account, market data, clock); adapters implement it. */
package io.tradebot.ibkr.broker;
