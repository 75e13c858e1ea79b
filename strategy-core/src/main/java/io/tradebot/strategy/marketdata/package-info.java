/**
 * Intraday bars: the regular session's minute grid, the seeded model that derives 1-minute bars from a
 * real daily bar (a model, not data), the intraday volume profile it distributes volume by, and
 * aggregation of minute bars into coarser bars.
 */
package io.tradebot.strategy.marketdata;
