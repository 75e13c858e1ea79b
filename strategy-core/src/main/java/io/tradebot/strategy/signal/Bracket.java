package io.tradebot.strategy.signal;

import java.math.BigDecimal;
import java.util.Objects;

/** The exits attached to an entry: a stop-loss and a take-profit price, one cancelling the other once the entry fills. */
public record Bracket(BigDecimal stopLoss, BigDecimal takeProfit) {

    public Bracket {
        Objects.requireNonNull(stopLoss, "stopLoss");
        Objects.requireNonNull(takeProfit, "takeProfit");
        if (stopLoss.signum() <= 0 || takeProfit.signum() <= 0 || stopLoss.compareTo(takeProfit) == 0) {
            throw new IllegalArgumentException("stopLoss and takeProfit must be positive and apart, were "
                    + stopLoss + " and " + takeProfit);
        }
    }
}
