/** earnings-screener: NASDAQ earnings-calendar screening (port 8084). In the walking skeleton it starts, migrates and reports healthy. */
package io.tradebot.screener.earnings;
