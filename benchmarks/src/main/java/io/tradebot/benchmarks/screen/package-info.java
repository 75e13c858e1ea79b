/**
 * The standard-deviation screen's speed: fundamental-screener's z-score over 5,000 symbols held in memory,
 * and over the S&P 500's symbols read from {@code market_bar} in a throw-away database.
 */
package io.tradebot.benchmarks.screen;
