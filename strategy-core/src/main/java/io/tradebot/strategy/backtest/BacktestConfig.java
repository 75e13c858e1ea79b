package io.tradebot.strategy.backtest;

import java.math.BigDecimal;

/**
 * The account and market assumptions of a backtest.
 *
 * @param initialCash      the starting cash, in dollars
 * @param slippageBps      slippage against MARKET and STOP fills, in basis points (the fill model's)
 * @param maxVolumeShare   the largest share of a bar's volume one execution may take (the fill model's)
 * @param maxGrossExposure an entry is skipped when the gross value of the positions, the pending entries and this
 *                         entry (at the signal close) would exceed this multiple of equity; 1 means no leverage
 */
public record BacktestConfig(BigDecimal initialCash, BigDecimal slippageBps, BigDecimal maxVolumeShare,
        BigDecimal maxGrossExposure) {

    /** $100,000, 5 bps of slippage, at most 10% of a bar's volume, no leverage. */
    public static final BacktestConfig DEFAULTS = new BacktestConfig(new BigDecimal("100000"), new BigDecimal("5"),
            new BigDecimal("0.10"), BigDecimal.ONE);

    public BacktestConfig {
        if (initialCash == null || initialCash.signum() <= 0) {
            throw new IllegalArgumentException("initial cash must be positive, was " + initialCash);
        }
        if (slippageBps == null || slippageBps.signum() < 0 || slippageBps.compareTo(new BigDecimal("10000")) >= 0) {
            throw new IllegalArgumentException("slippage must be from 0 to below 10000 basis points, was " + slippageBps);
        }
        if (maxVolumeShare == null || maxVolumeShare.signum() <= 0 || maxVolumeShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the volume share must be above 0 and at most 1, was " + maxVolumeShare);
        }
        if (maxGrossExposure == null || maxGrossExposure.signum() <= 0) {
            throw new IllegalArgumentException("the gross exposure limit must be positive, was " + maxGrossExposure);
        }
    }
}
