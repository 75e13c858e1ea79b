/**
 * Persistence of ibkr-client's tables (orders, order_event, execution, closed_trade, position, broker_account,
 * outbox_event) through Panache, and the order path's bulk writes by plain JDBC.
 */
package io.tradebot.ibkr.repository;
