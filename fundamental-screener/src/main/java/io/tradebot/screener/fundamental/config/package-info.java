/** The one configuration mapping of fundamental-screener. */
package io.tradebot.screener.fundamental.config;
