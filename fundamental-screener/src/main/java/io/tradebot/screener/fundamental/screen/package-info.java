/**
 * A screen: which top gainers make the fundamental watchlist, and why. The pipeline's stages (gainers,
 * fundamentals, the standard-deviation z-score, ranking) and the scheduled screen's top-gainer pick.
 */
package io.tradebot.screener.fundamental.screen;
