/** The one configuration mapping of ibkr-client. */
package io.tradebot.ibkr.config;
