/** The strategy loop: read the clock, triage the watchlist, send entry orders and record what became of each entry. */
package io.tradebot.strategy.fundamental.service;
