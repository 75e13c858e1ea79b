package io.tradebot.strategy.fill;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Fills a market order at the open of the first bar that opens at or after the order was submitted,
 * once the clock has reached that open, so a fill never uses a price that was not yet known.
 * Slippage is given in basis points: a BUY pays {@code open × (1 + bps/10,000)}, a SELL receives
 * {@code open × (1 − bps/10,000)}.
 */
public final class NextBarOpenFill {

    private static final BigDecimal BPS_PER_UNIT = new BigDecimal("10000");

    private final BigDecimal slippageBps;

    public NextBarOpenFill(BigDecimal slippageBps) {
        if (slippageBps == null || slippageBps.signum() < 0 || slippageBps.compareTo(BPS_PER_UNIT) >= 0) {
            throw new IllegalArgumentException("slippage must be between 0 and 10000 basis points");
        }
        this.slippageBps = slippageBps;
    }

    /**
     * The fill of an order submitted at {@code submittedAt}, or empty while the bar it fills on has
     * not opened by {@code now} (or no such bar exists yet).
     *
     * @param bars the symbol's bars in ascending order of start
     */
    public Optional<FillDecision> decide(FillSide side, Instant submittedAt, Instant now, List<BarOpen> bars) {
        return bars.stream()
                .filter(bar -> !bar.start().isBefore(submittedAt))
                .findFirst()
                .filter(bar -> !bar.start().isAfter(now))
                .map(bar -> new FillDecision(bar.start(), priceFor(side, bar.open())));
    }

    /** The open adjusted by the slippage against the order's side. */
    BigDecimal priceFor(FillSide side, BigDecimal open) {
        BigDecimal fraction = slippageBps.divide(BPS_PER_UNIT);
        BigDecimal factor = side == FillSide.BUY ? BigDecimal.ONE.add(fraction) : BigDecimal.ONE.subtract(fraction);
        return open.multiply(factor).setScale(6, RoundingMode.HALF_EVEN);
    }
}
