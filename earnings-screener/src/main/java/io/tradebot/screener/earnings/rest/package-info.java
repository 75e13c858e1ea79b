/** The screener's HTTP API: run the earnings screen for a range of dates on demand. */
package io.tradebot.screener.earnings.rest;
