/** Where calendar pages come from: nasdaq.com over HTTP, or a directory of recorded responses. */
package io.tradebot.screener.earnings.client;
