/** The screening itself: when to screen, asking ibkr-client for the scan, and recording the result once per day. */
package io.tradebot.screener.fundamental.service;
