/** Persistence of ibkr-client's tables (orders, order_event, execution, closed_trade, position, broker_account, outbox_event) through Panache. */
package io.tradebot.ibkr.repository;
