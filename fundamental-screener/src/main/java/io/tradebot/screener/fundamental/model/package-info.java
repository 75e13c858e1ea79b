/**
 * Per-company models, as plain Java: an ordinary-least-squares regression of a return on the returns
 * before it (next-hour and next-day prediction) and a Markov chain over return states (down, flat, up)
 * whose transition probabilities give the chance of an adverse move. No framework, no I/O.
 */
package io.tradebot.screener.fundamental.model;
