/** Broker adapters side by side, each implementing the broker port; configuration picks one. */
package io.tradebot.ibkr.adapters;
