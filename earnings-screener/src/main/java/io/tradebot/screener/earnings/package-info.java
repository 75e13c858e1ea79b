/** earnings-screener: NASDAQ earnings-calendar screening and classification (port 8084). */
package io.tradebot.screener.earnings;
