package io.tradebot.ibkr.risk;

import io.tradebot.common.order.OrderSide;
import io.tradebot.ibkr.broker.MarketData;
import io.tradebot.ibkr.broker.OpenQuantity;
import io.tradebot.strategy.risk.AccountSnapshot;
import io.tradebot.strategy.risk.SymbolExposure;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds the account snapshot the rules judge an order against from the {@link RiskBook}'s holdings:
 * equity (cash plus positions at their last price), positions, and the open orders (their unfilled
 * quantity, valued at the last price).
 */
@ApplicationScoped
public class RiskSnapshots {

    private final MarketData marketData;

    public RiskSnapshots(MarketData marketData) {
        this.marketData = marketData;
    }

    /**
     * The snapshot at {@code now} of {@code holdings}, with {@code symbol} priced even when not held, counting
     * {@code inFlight} (orders admitted whose record is not committed yet) as open orders too. The start-of-day
     * equity is left null for the caller.
     */
    public AccountSnapshot snapshot(String symbol, Instant now, RiskBook.Holdings holdings, Collection<OpenQuantity> inFlight) {
        BigDecimal marketValue = BigDecimal.ZERO;
        Map<String, Builder> symbols = new HashMap<>();
        for (Map.Entry<String, RiskBook.Held> position : holdings.positions().entrySet()) {
            Builder line = symbols.computeIfAbsent(position.getKey(), s -> new Builder());
            line.position = position.getValue().quantity();
            line.lastPrice = position.getValue().lastPrice();
            if (line.lastPrice != null) {
                marketValue = marketValue.add(scaled(line.position.multiply(line.lastPrice)));
            }
        }
        BigDecimal equity = scaled(holdings.cash().add(marketValue));
        addOpenOrders(symbols, holdings.openOrders());
        addOpenOrders(symbols, inFlight);
        if (symbol != null) {
            symbols.computeIfAbsent(symbol, s -> new Builder());
        }
        symbols.forEach((name, line) -> {
            if (line.lastPrice == null) {
                line.lastPrice = marketData.lastClose(name, now).map(MarketData.PricePoint::price).orElse(null);
            }
        });
        Map<String, SymbolExposure> exposures = new HashMap<>();
        symbols.forEach((name, line) -> exposures.put(name, line.build()));
        BigDecimal gross = symbols.values().stream().map(Builder::gross).reduce(BigDecimal.ZERO, BigDecimal::add);
        int open = (int) exposures.values().stream().filter(SymbolExposure::isOpen).count();
        return new AccountSnapshot(equity, null, gross, exposures, open);
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value.setScale(6, RoundingMode.HALF_EVEN);
    }

    private static void addOpenOrders(Map<String, Builder> symbols, Collection<OpenQuantity> openOrders) {
        for (OpenQuantity order : openOrders) {
            BigDecimal remaining = order.remaining();
            if (remaining.signum() <= 0) {
                continue;
            }
            Builder line = symbols.computeIfAbsent(order.symbol(), s -> new Builder());
            if (order.side() == OrderSide.BUY) {
                line.pendingBuy = line.pendingBuy.add(remaining);
            } else {
                line.pendingSell = line.pendingSell.add(remaining);
            }
        }
    }

    /** One symbol's figures while they are collected. */
    private static final class Builder {
        BigDecimal position = BigDecimal.ZERO;
        BigDecimal pendingBuy = BigDecimal.ZERO;
        BigDecimal pendingSell = BigDecimal.ZERO;
        BigDecimal lastPrice;

        SymbolExposure build() {
            return new SymbolExposure(position, pendingBuy, pendingSell, lastPrice);
        }

        /** |position| plus every open order, valued at the last price (zero when unpriced). */
        BigDecimal gross() {
            BigDecimal price = lastPrice == null ? BigDecimal.ZERO : lastPrice;
            return position.abs().add(pendingBuy).add(pendingSell).multiply(price);
        }
    }
}
