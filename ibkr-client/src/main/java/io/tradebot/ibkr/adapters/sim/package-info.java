/** The simulated exchange: replays bundled history on a replay clock and fills orders at the next bar's open. */
package io.tradebot.ibkr.adapters.sim;
