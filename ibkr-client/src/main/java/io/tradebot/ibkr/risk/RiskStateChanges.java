package io.tradebot.ibkr.risk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.tradebot.ibkr.repository.OutboxEventEntity;
import io.tradebot.ibkr.repository.OutboxEventRepository;
import io.tradebot.ibkr.repository.RiskStateEntity;
import io.tradebot.strategy.risk.TradingState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Changes the trading state on the locked risk_state row and announces it with a RISK_STATE_CHANGED outbox event. */
@ApplicationScoped
public class RiskStateChanges {

    /** Outbox event type of a trading state change. */
    public static final String RISK_STATE_CHANGED = "RISK_STATE_CHANGED";
    /** Outbox aggregate id of the account's risk state. */
    public static final String AGGREGATE = "risk";
    /** Who an automatic change is made by. */
    public static final String SYSTEM = "system";

    private final OutboxEventRepository outbox;
    private final ObjectMapper json;
    private final RiskBook book;

    public RiskStateChanges(OutboxEventRepository outbox, ObjectMapper json, RiskBook book) {
        this.outbox = outbox;
        this.json = json;
        this.book = book;
    }

    /** Sets {@code state} on {@code row} (locked by the caller's transaction) and writes the outbox event in it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void change(RiskStateEntity row, TradingState state, String reason, String by, Instant now) {
        TradingState previous = row.tradingState;
        row.tradingState = state;
        row.reason = reason;
        row.changedBy = by;
        row.changedAt = now;
        book.stateWritten(row);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("state", state.name());
        payload.put("previousState", previous.name());
        payload.put("reason", reason);
        payload.put("changedBy", by);
        payload.put("changedAt", now.toString());
        OutboxEventEntity event = new OutboxEventEntity();
        event.eventType = RISK_STATE_CHANGED;
        event.aggregateId = AGGREGATE;
        event.payload = toJson(payload);
        event.createdAt = now;
        outbox.persist(event);
        Log.warnf("Trading state %s -> %s by %s: %s", previous, state, by, reason);
    }

    private String toJson(Map<String, Object> payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the RISK_STATE_CHANGED payload", e);
        }
    }
}
