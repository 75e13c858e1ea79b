/**
 * Order acceptance: how long {@code POST /api/v1/orders} takes to answer and how many orders a second
 * ibkr-client accepts, measured from outside over loopback HTTP.
 */
package io.tradebot.benchmarks.orders;
