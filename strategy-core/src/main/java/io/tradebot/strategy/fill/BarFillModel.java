package io.tradebot.strategy.fill;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides what one bar does to a working order. Conventions (BUY shown, SELL mirrors):
 * <ul>
 * <li>MARKET fills at the bar's open plus slippage.</li>
 * <li>LIMIT fills when low ≤ limit, at min(open, limit): at the open when the bar opens through the limit.</li>
 * <li>STOP triggers when high ≥ stop and fills at max(open, stop) plus slippage: a bar that opens beyond
 *     the stop fills at the open, not at the stop. A triggered stop whose quantity was not all filled
 *     (volume cap) fills the rest as a market order on the next bars.</li>
 * <li>STOP_LIMIT triggers like STOP. On the trigger bar it fills only if the trigger price
 *     max(open, stop) is within the limit, at that price (the path inside the bar is unknown, so it
 *     does not assume the price came back to the limit later in the same bar); from the next bar on it
 *     is a LIMIT.</li>
 * <li>An execution takes at most {@code maxVolumeShare} of the bar's volume (whole shares, rounded
 *     down); the rest keeps working.</li>
 * </ul>
 * Slippage (basis points) applies to MARKET and STOP fills only: a limit price is a promise.
 * <p>
 * A MARKET order that arrives during its session's last bar has no next open before its expiry: it fills
 * at that bar's close instead ({@link #evaluateAtClose}).
 */
public final class BarFillModel {

    private static final BigDecimal BPS_PER_UNIT = new BigDecimal("10000");

    private final BigDecimal slippageBps;
    private final BigDecimal maxVolumeShare;

    public BarFillModel(BigDecimal slippageBps, BigDecimal maxVolumeShare) {
        if (slippageBps == null || slippageBps.signum() < 0 || slippageBps.compareTo(BPS_PER_UNIT) >= 0) {
            throw new IllegalArgumentException("slippage must be between 0 and 10000 basis points");
        }
        if (maxVolumeShare == null || maxVolumeShare.signum() <= 0 || maxVolumeShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the share of a bar's volume must be above 0 and at most 1");
        }
        this.slippageBps = slippageBps;
        this.maxVolumeShare = maxVolumeShare;
    }

    /** What {@code bar} does to {@code order}, given what happened to it before the bar. */
    public BarOutcome evaluate(SimOrder order, WorkingState state, Bar bar) {
        BigDecimal remaining = order.quantity().subtract(state.filledQuantity());
        if (remaining.signum() <= 0) {
            return new BarOutcome(Optional.empty(), state.triggered());
        }
        boolean triggered = state.triggered() || order.kind().needsStop() && stopTouched(order, bar);
        Optional<Priced> priced = switch (order.kind()) {
            case MARKET -> Optional.of(new Priced(slipped(order.side(), bar.open()), bar.start()));
            case LIMIT -> limitFill(order.side(), order.limitPrice(), bar);
            case STOP -> triggered ? Optional.of(stopFill(order, state.triggered(), bar)) : Optional.empty();
            case STOP_LIMIT -> stopLimitFill(order, state.triggered(), triggered, bar);
        };
        BigDecimal quantity = remaining.min(capacity(bar));
        Optional<BarExecution> execution = quantity.signum() <= 0 ? Optional.empty()
                : priced.map(p -> new BarExecution(bar.start(), p.at(), quantity, p.price()));
        return new BarOutcome(execution, triggered);
    }

    /**
     * What {@code bar}, the bar a MARKET order arrived during, does to it when no later bar of its session is
     * left: it fills at the bar's close plus slippage, at the bar's end (when the close is known), up to the
     * volume share. Filling at the next open instead would mean the next session, after a DAY order's expiry.
     */
    public BarOutcome evaluateAtClose(SimOrder order, WorkingState state, Bar bar) {
        if (order.kind() != OrderKind.MARKET) {
            throw new IllegalArgumentException("only a MARKET order fills at the close of the bar it arrived in");
        }
        BigDecimal quantity = order.quantity().subtract(state.filledQuantity()).min(capacity(bar));
        Optional<BarExecution> execution = quantity.signum() <= 0 ? Optional.empty()
                : Optional.of(new BarExecution(bar.start(), bar.end(), quantity, slipped(order.side(), bar.close())));
        return new BarOutcome(execution, state.triggered());
    }

    /** The most an execution may take of {@code bar}: the volume share in whole shares, rounded down. */
    public BigDecimal capacity(Bar bar) {
        return bar.volume().multiply(maxVolumeShare).setScale(0, RoundingMode.FLOOR);
    }

    private record Priced(BigDecimal price, Instant at) {
    }

    private static boolean stopTouched(SimOrder order, Bar bar) {
        return order.side() == FillSide.BUY ? bar.high().compareTo(order.stopPrice()) >= 0
                : bar.low().compareTo(order.stopPrice()) <= 0;
    }

    private static Optional<Priced> limitFill(FillSide side, BigDecimal limit, Bar bar) {
        boolean buy = side == FillSide.BUY;
        boolean touched = buy ? bar.low().compareTo(limit) <= 0 : bar.high().compareTo(limit) >= 0;
        if (!touched) {
            return Optional.empty();
        }
        boolean atOpen = buy ? bar.open().compareTo(limit) <= 0 : bar.open().compareTo(limit) >= 0;
        return Optional.of(atOpen ? new Priced(scaled(bar.open()), bar.start()) : new Priced(scaled(limit), bar.end()));
    }

    private Priced stopFill(SimOrder order, boolean triggeredBefore, Bar bar) {
        Priced trigger = triggeredBefore ? new Priced(bar.open(), bar.start()) : triggerPrice(order, bar);
        return new Priced(slipped(order.side(), trigger.price()), trigger.at());
    }

    private static Optional<Priced> stopLimitFill(SimOrder order, boolean triggeredBefore, boolean triggered, Bar bar) {
        if (triggeredBefore) {
            return limitFill(order.side(), order.limitPrice(), bar);
        }
        if (!triggered) {
            return Optional.empty();
        }
        Priced trigger = triggerPrice(order, bar);
        boolean withinLimit = order.side() == FillSide.BUY ? trigger.price().compareTo(order.limitPrice()) <= 0
                : trigger.price().compareTo(order.limitPrice()) >= 0;
        return withinLimit ? Optional.of(new Priced(scaled(trigger.price()), trigger.at())) : Optional.empty();
    }

    /** Where a stop touched on {@code bar} triggers: at the open when the bar opens beyond the stop, else at the stop. */
    private static Priced triggerPrice(SimOrder order, Bar bar) {
        boolean gapped = order.side() == FillSide.BUY ? bar.open().compareTo(order.stopPrice()) >= 0
                : bar.open().compareTo(order.stopPrice()) <= 0;
        return gapped ? new Priced(bar.open(), bar.start()) : new Priced(order.stopPrice(), bar.end());
    }

    /** {@code price} moved against the order by the slippage. */
    BigDecimal slipped(FillSide side, BigDecimal price) {
        BigDecimal fraction = slippageBps.divide(BPS_PER_UNIT);
        BigDecimal factor = side == FillSide.BUY ? BigDecimal.ONE.add(fraction) : BigDecimal.ONE.subtract(fraction);
        return price.multiply(factor).setScale(6, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal scaled(BigDecimal price) {
        return price.setScale(6, RoundingMode.HALF_EVEN);
    }
}
