package io.tradebot.ibkr.risk;

import io.tradebot.common.account.PositionView;
import io.tradebot.common.order.OrderSide;
import io.tradebot.ibkr.broker.BrokerGateway;
import io.tradebot.ibkr.broker.MarketData;
import io.tradebot.ibkr.broker.OpenQuantity;
import io.tradebot.ibkr.broker.Portfolio;
import io.tradebot.strategy.risk.AccountSnapshot;
import io.tradebot.strategy.risk.SymbolExposure;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the account snapshot the rules judge an order against, from what the broker reports: equity,
 * positions valued at their last price, and the open orders (their unfilled quantity, valued at the last price).
 */
@ApplicationScoped
public class RiskSnapshots {

    private final BrokerGateway broker;
    private final MarketData marketData;

    public RiskSnapshots(BrokerGateway broker, MarketData marketData) {
        this.broker = broker;
        this.marketData = marketData;
    }

    /** The snapshot at {@code now}, with {@code symbol} priced even when not held; must run inside a transaction. */
    public AccountSnapshot snapshot(String symbol, Instant now, BigDecimal startOfDayEquity) {
        return snapshot(symbol, now, startOfDayEquity, List.of());
    }

    /**
     * As {@link #snapshot(String, Instant, BigDecimal)}, counting {@code inFlight} (orders admitted whose
     * record is not committed yet) as open orders too.
     */
    public AccountSnapshot snapshot(String symbol, Instant now, BigDecimal startOfDayEquity, Collection<OpenQuantity> inFlight) {
        Portfolio portfolio = broker.portfolio();
        BigDecimal equity = portfolio.account().equity();
        Map<String, Builder> symbols = new HashMap<>();
        for (PositionView position : portfolio.positions()) {
            Builder line = symbols.computeIfAbsent(position.symbol(), s -> new Builder());
            line.position = position.quantity();
            line.lastPrice = position.lastPrice();
        }
        addOpenOrders(symbols, broker.openQuantities());
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
        return new AccountSnapshot(equity, startOfDayEquity, gross, exposures, open);
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
