package io.tradebot.strategy.backtest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The account's cash and the fills and trades recorded so far, shared by every symbol's book. */
final class Ledger {

    BigDecimal cash;
    final List<Fill> fills = new ArrayList<>();
    final List<Trade> trades = new ArrayList<>();
    int skippedEntries;

    Ledger(BigDecimal initialCash) {
        this.cash = initialCash;
    }
}
