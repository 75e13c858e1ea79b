/** Orders: validation, idempotent placement keyed by clientOrderId, and their record in {@code orders}. */
package io.tradebot.ibkr.order;
