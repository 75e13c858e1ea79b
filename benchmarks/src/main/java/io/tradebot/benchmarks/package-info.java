/** Measuring instruments for Tradebot, run by hand through {@code ./tradebot benchmark}, never by the build. */
package io.tradebot.benchmarks;
