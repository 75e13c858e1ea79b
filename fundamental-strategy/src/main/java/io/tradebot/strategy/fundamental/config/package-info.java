/** The one configuration mapping of fundamental-strategy. */
package io.tradebot.strategy.fundamental.config;
