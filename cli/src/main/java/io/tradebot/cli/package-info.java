/**
 * The offline commands of {@code ./tradebot}: strategy-core run on the user's files, with no service involved.
 * Exit codes: 0 done, 2 bad input or usage (nothing written), 1 the output could not be written.
 */
package io.tradebot.cli;
