/** macd-vwap-strategy: intraday MACD + VWAP long/short trading on live 1-minute bars from ibkr-client (port 8086). */
package io.tradebot.strategy.macdvwap;
