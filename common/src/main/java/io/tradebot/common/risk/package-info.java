/** API contracts of ibkr-client's pre-trade risk: the trading state (kill switch), its limits and today's figures. */
package io.tradebot.common.risk;
