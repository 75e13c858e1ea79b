/** Classifying a coming earnings report: is the company profitable, and is it likely to beat, from its past surprises. Plain Java. */
package io.tradebot.screener.earnings.classify;
