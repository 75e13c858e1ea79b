/** Persistence of ibkr-client's tables (orders, execution, position, broker_account, outbox_event) through Panache. */
package io.tradebot.ibkr.repository;
