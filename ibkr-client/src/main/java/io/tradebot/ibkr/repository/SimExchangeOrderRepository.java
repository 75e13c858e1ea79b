package io.tradebot.ibkr.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and writes {@code sim_exchange_order}, the simulated exchange's own book of received orders. */
@ApplicationScoped
public class SimExchangeOrderRepository implements PanacheRepository<SimExchangeOrderEntity> {

    private final Jdbc jdbc;

    public SimExchangeOrderRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** An order as the exchange receives it: under this broker order id unless it already holds the clientOrderId. */
    public record Receipt(String clientOrderId, String brokerOrderId) {
    }

    public Optional<SimExchangeOrderEntity> findByClientOrderId(String clientOrderId) {
        return find("clientOrderId", clientOrderId).firstResultOptional();
    }

    /**
     * Books {@code receipts} received at {@code at} with one statement (plain JDBC in the caller's transaction), keeping
     * the first receipt of a clientOrderId already booked, and returns the broker order id each clientOrderId is booked
     * under. {@code INSERT IGNORE} skips a clientOrderId already booked and counts only the rows it inserted, so when it
     * inserted them all (the usual case) the answer needs no second round trip; otherwise the booked ids are read back.
     * (IGNORE would also turn other errors into warnings; the values are the ids of stored, validated orders, which fit.)
     */
    public Map<String, String> receive(List<Receipt> receipts, Instant at) {
        int inserted = jdbc.update("INSERT IGNORE INTO sim_exchange_order (client_order_id, broker_order_id, received_at) VALUES ",
                receipts.stream().map(receipt -> Arrays.<Object>asList(receipt.clientOrderId(), receipt.brokerOrderId(),
                        Jdbc.wallTime(at))).toList(), "");
        Map<String, String> booked = new HashMap<>();
        if (inserted == receipts.size()) {
            receipts.forEach(receipt -> booked.put(receipt.clientOrderId(), receipt.brokerOrderId()));
            return booked;
        }
        String select = "SELECT client_order_id, broker_order_id FROM sim_exchange_order WHERE client_order_id IN ("
                + Jdbc.marks(receipts.size()) + ")";
        jdbc.query(select, receipts.stream().map(Receipt::clientOrderId).toList(),
                row -> booked.put(row.getString(1), row.getString(2)));
        return booked;
    }
}
