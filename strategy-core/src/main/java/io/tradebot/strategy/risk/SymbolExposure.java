package io.tradebot.strategy.risk;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the account holds and has pending in one symbol.
 *
 * @param position    signed quantity held (negative when short)
 * @param pendingBuy  quantity of open (not yet filled) BUY orders
 * @param pendingSell quantity of open (not yet filled) SELL orders
 * @param lastPrice   the last price known, or null when the symbol has no price yet
 */
public record SymbolExposure(BigDecimal position, BigDecimal pendingBuy, BigDecimal pendingSell, BigDecimal lastPrice) {

    /** A symbol the account neither holds nor has orders in. */
    public static SymbolExposure none(BigDecimal lastPrice) {
        return new SymbolExposure(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, lastPrice);
    }

    public SymbolExposure {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(pendingBuy, "pendingBuy");
        Objects.requireNonNull(pendingSell, "pendingSell");
    }

    /** True when the account holds the symbol or has an open order in it. */
    public boolean isOpen() {
        return position.signum() != 0 || pendingBuy.signum() != 0 || pendingSell.signum() != 0;
    }

    /**
     * True when {@code intent} only shrinks the position: it trades against the position's sign and,
     * together with the open orders on the same side, never takes it past zero.
     */
    public boolean isReducedBy(OrderIntent intent) {
        if (intent.side() == IntentSide.SELL) {
            return position.signum() > 0 && intent.quantity().add(pendingSell).compareTo(position) <= 0;
        }
        return position.signum() < 0 && intent.quantity().add(pendingBuy).compareTo(position.negate()) <= 0;
    }

    /** The signed position once {@code intent} and every open order on its side have filled. */
    public BigDecimal projectedPosition(OrderIntent intent) {
        BigDecimal pendingSameSide = intent.side() == IntentSide.BUY ? pendingBuy : pendingSell.negate();
        return position.add(pendingSameSide).add(intent.signedQuantity());
    }
}
