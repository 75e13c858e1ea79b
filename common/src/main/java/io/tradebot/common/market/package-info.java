/** Market data and the market clock as the broker gateway serves them. */
package io.tradebot.common.market;
