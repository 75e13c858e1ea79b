package io.tradebot.ibkr.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code sim_exchange_order}: the simulated exchange's receipt of one order. */
@Entity
@Table(name = "sim_exchange_order")
public class SimExchangeOrderEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "client_order_id")
    public String clientOrderId;
    @Column(name = "broker_order_id")
    public String brokerOrderId;
    @Column(name = "received_at")
    public Instant receivedAt;
}
