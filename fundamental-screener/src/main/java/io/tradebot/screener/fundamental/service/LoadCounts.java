package io.tradebot.screener.fundamental.service;

/**
 * What one load of reference data did.
 *
 * @param inserted  rows that were not there before
 * @param updated   rows whose values changed
 * @param unchanged rows already holding the same values
 * @param missing   symbols the source had nothing for
 */
public record LoadCounts(int inserted, int updated, int unchanged, int missing) {
}
