/** The one configuration mapping of earnings-screener. */
package io.tradebot.screener.earnings.config;
