package io.tradebot.ibkr.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.tradebot.ibkr.broker.MarketData;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads and writes {@code execution}. */
@ApplicationScoped
public class ExecutionRepository implements PanacheRepository<ExecutionEntity> {

    /** Executions, newest first, optionally of one symbol and one order (null matches any). */
    public List<ExecutionEntity> search(String symbol, String clientOrderId) {
        return Filters.list(this, Sort.descending("executedAt", "id"), "symbol", symbol, "clientOrderId", clientOrderId);
    }

    /** Σ quantity × price of the executions booked for {@code clientOrderId} (zero when none). */
    public BigDecimal notionalOf(String clientOrderId) {
        BigDecimal sum = getEntityManager()
                .createQuery("select sum(e.quantity * e.price) from ExecutionEntity e where e.clientOrderId = ?1", BigDecimal.class)
                .setParameter(1, clientOrderId).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    /** Per symbol, Σ BUY quantity − Σ SELL quantity over every execution: the position the executions add up to. */
    public Map<String, BigDecimal> netQuantityBySymbol() {
        Map<String, BigDecimal> net = new TreeMap<>();
        List<Object[]> rows = getEntityManager().createQuery("select e.symbol, sum(case when e.side = io.tradebot.common.order.OrderSide.BUY"
                + " then e.quantity else -e.quantity end) from ExecutionEntity e group by e.symbol", Object[].class).getResultList();
        for (Object[] row : rows) {
            net.put((String) row[0], (BigDecimal) row[1]);
        }
        return net;
    }

    public boolean exists(String execId) {
        return count("execId", execId) > 0;
    }

    /** For each of {@code symbols} with a fill at or before {@code asOf}, the latest one (by time, then id): one query. */
    public Map<String, MarketData.PricePoint> latestFills(Collection<String> symbols, Instant asOf) {
        List<Object[]> rows = getEntityManager().createQuery("select e.symbol, e.price, e.executedAt from ExecutionEntity e"
                + " where e.symbol in :symbols and e.executedAt = (select max(x.executedAt) from ExecutionEntity x"
                + " where x.symbol = e.symbol and x.executedAt <= :asOf) order by e.id", Object[].class)
                .setParameter("symbols", symbols).setParameter("asOf", asOf).getResultList();
        Map<String, MarketData.PricePoint> latest = new HashMap<>();
        for (Object[] row : rows) {
            // ascending id: of two fills at the same instant, the later row wins
            latest.put((String) row[0], new MarketData.PricePoint((BigDecimal) row[1], (Instant) row[2]));
        }
        return latest;
    }
}
