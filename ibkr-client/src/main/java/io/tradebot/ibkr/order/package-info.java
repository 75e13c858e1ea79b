/**
 * Orders: validation, idempotent placement keyed by clientOrderId, the lifecycle state machine with its
 * {@code order_event} record, cancellation, and the reads of orders, executions and closed trades.
 */
package io.tradebot.ibkr.order;
