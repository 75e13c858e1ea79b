package io.tradebot.ibkr.rest;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tradebot.ibkr.risk.RiskBook;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Gives a test class a clean trading book: no orders, executions, trades, positions or events, the
 * simulated account back at its initial cash and trading ACTIVE with no start-of-day equity. The test
 * classes share one database and one account; without this, one class's positions would trip another's
 * risk limits (open positions, buying power).
 */
final class TradingBook {

    private TradingBook() {
    }

    static void reset() {
        BigDecimal initialCash = ConfigProvider.getConfig().getValue("tradebot.ibkr.sim.initial-cash", BigDecimal.class);
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : new String[] {"order_event", "closed_trade", "execution", "orders", "position", "outbox_event", "sim_exchange_order"}) {
                em.createNativeQuery("DELETE FROM " + table).executeUpdate();
            }
            em.createNativeQuery("UPDATE broker_account SET cash = ?1, realized_pnl = 0").setParameter(1, initialCash)
                    .executeUpdate();
            em.createNativeQuery("UPDATE risk_state SET trading_state = 'ACTIVE', reason = 'test reset', changed_by = 'test',"
                    + " start_of_day_equity = NULL, start_of_day_date = NULL, daily_loss_triggered = FALSE").executeUpdate();
        });
        // the rows were changed behind the application's back: the in-memory risk book reads them again
        Arc.container().instance(RiskBook.class).get().reload();
    }

    /** Rows in the tables an order writes (orders, order_event, outbox_event); 0 right after {@link #reset()}. */
    static long writtenRows() {
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT (SELECT COUNT(*) FROM orders) + (SELECT COUNT(*) FROM order_event) + (SELECT COUNT(*) FROM outbox_event)")
                .getSingleResult()).longValue());
    }
}
