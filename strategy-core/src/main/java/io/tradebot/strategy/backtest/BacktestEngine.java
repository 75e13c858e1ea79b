package io.tradebot.strategy.backtest;

import io.tradebot.strategy.backtest.WorkingOrder.Role;
import io.tradebot.strategy.fill.Bar;
import io.tradebot.strategy.fill.BarFillModel;
import io.tradebot.strategy.fill.FillSide;
import io.tradebot.strategy.fill.IbkrFixedCommission;
import io.tradebot.strategy.fill.OrderCommission;
import io.tradebot.strategy.fill.OrderKind;
import io.tradebot.strategy.fill.SimOrder;
import io.tradebot.strategy.risk.IntentSide;
import io.tradebot.strategy.signal.BarEvent;
import io.tradebot.strategy.signal.Candidate;
import io.tradebot.strategy.signal.IntentAction;
import io.tradebot.strategy.signal.Strategy;
import io.tradebot.strategy.signal.TradeIntent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs one strategy over several symbols' bars, event by event. Bars are merged in time order (by start; bars
 * starting together go in symbol order). For each bar: the symbol's working orders fill on it
 * ({@link BarFillModel}: market orders at its open plus slippage, limits and stops against its range, at most a share
 * of its volume; bracket legs as one-cancels-other, the stop-loss winning a bar where both could fill), commissions
 * are IBKR's fixed pricing per order; then the strategy sees the bar's close with the position and equity after those
 * fills, and its intents become orders working from the next bar. At a symbol's last bar its intents are dropped and
 * an open position is closed at that bar's close.
 */
public final class BacktestEngine {

    private final BacktestConfig config;
    private final BarFillModel model;
    private final OrderCommission commission = new OrderCommission(new IbkrFixedCommission());

    public BacktestEngine(BacktestConfig config) {
        this.config = config;
        this.model = new BarFillModel(config.slippageBps(), config.maxVolumeShare());
    }

    /** Runs {@code strategy} over {@code data} without watchlist candidates; the symbols must differ. */
    public BacktestResult run(Strategy strategy, List<SymbolBars> data, ProgressListener progress) {
        return run(strategy, data, Watchlist.EMPTY, progress);
    }

    /** Runs {@code strategy} over {@code data}, showing it {@code watchlist}'s candidates; the symbols must differ. */
    public BacktestResult run(Strategy strategy, List<SymbolBars> data, Watchlist watchlist, ProgressListener progress) {
        List<SymbolBars> symbols = data.stream().sorted(Comparator.comparing(SymbolBars::symbol)).toList();
        for (int i = 1; i < symbols.size(); i++) {
            if (symbols.get(i).symbol().equals(symbols.get(i - 1).symbol())) {
                throw new IllegalArgumentException("symbol " + symbols.get(i).symbol() + " is given twice");
            }
        }
        Ledger ledger = new Ledger(config.initialCash());
        List<SymbolBook> books = symbols.stream().map(s -> new SymbolBook(s.symbol(),
                strategy.forSymbol(s.symbol()), ledger, model, commission)).toList();
        List<EquityPoint> curve = new ArrayList<>();
        Set<String> entered = new HashSet<>();
        int[] cursor = new int[symbols.size()];
        long total = symbols.stream().mapToLong(s -> s.bars().size()).sum();
        long done = 0;
        for (Instant time = next(symbols, cursor); time != null; time = next(symbols, cursor)) {
            for (int s = 0; s < symbols.size(); s++) {
                List<Bar> bars = symbols.get(s).bars();
                if (cursor[s] < bars.size() && bars.get(cursor[s]).start().equals(time)) {
                    step(books.get(s), bars.get(cursor[s]), cursor[s] == bars.size() - 1, books, ledger, watchlist, entered);
                    cursor[s]++;
                    done++;
                }
            }
            curve.add(point(time, books, ledger));
            progress.progress(done, total);
        }
        return new BacktestResult(strategy.name(), config, symbols.stream().map(SymbolBars::symbol).toList(),
                ledger.trades, ledger.fills, curve, ledger.skippedEntries);
    }

    /** The earliest start among the symbols' next bars, or null when every symbol is done. */
    private static Instant next(List<SymbolBars> symbols, int[] cursor) {
        Instant earliest = null;
        for (int s = 0; s < symbols.size(); s++) {
            List<Bar> bars = symbols.get(s).bars();
            if (cursor[s] < bars.size() && (earliest == null || bars.get(cursor[s]).start().isBefore(earliest))) {
                earliest = bars.get(cursor[s]).start();
            }
        }
        return earliest;
    }

    private void step(SymbolBook book, Bar bar, boolean last, List<SymbolBook> books, Ledger ledger, Watchlist watchlist,
            Set<String> entered) {
        book.fillOn(bar);
        BigDecimal equity = equity(books, ledger).max(BigDecimal.ZERO);
        Candidate candidate = watchlist.candidate(book.symbol(), Candidate.tradingDateOf(bar));
        String candidateKey = candidate == null ? null : book.symbol() + "@" + candidate.tradeDate();
        if (candidateKey != null && entered.contains(candidateKey)) {
            candidate = null; // entered once, as a live service consumes the watchlist entry
        }
        List<TradeIntent> intents = book.strategy().onBar(new BarEvent(book.symbol(), bar, book.position(), equity, candidate));
        if (candidate != null && intents.stream().anyMatch(i -> i.action().opens())) {
            entered.add(candidateKey);
        }
        if (last) {
            book.closeAtEnd(bar);
            return;
        }
        for (TradeIntent intent : intents) {
            act(book, intent, bar, equity, books, ledger);
        }
    }

    private void act(SymbolBook book, TradeIntent intent, Bar bar, BigDecimal equity, List<SymbolBook> books,
            Ledger ledger) {
        BigDecimal held = book.quantity();
        if (!intent.action().opens()) {
            boolean holds = intent.action() == IntentAction.EXIT_LONG ? held.signum() > 0 : held.signum() < 0;
            if (holds) {
                book.submit(order(intent, Role.EXIT, bar, BigDecimal.ZERO));
            }
            return;
        }
        BigDecimal value = intent.quantity().multiply(bar.close());
        BigDecimal gross = books.stream().map(SymbolBook::grossExposure).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean free = held.signum() == 0 || book.hasPendingExit();
        if (!free || book.hasPendingEntry() || gross.add(value).compareTo(equity.multiply(config.maxGrossExposure())) > 0) {
            ledger.skippedEntries++;
            return;
        }
        book.submit(order(intent, Role.ENTRY, bar, value));
    }

    private static WorkingOrder order(TradeIntent intent, Role role, Bar bar, BigDecimal reserved) {
        FillSide side = intent.side() == IntentSide.BUY ? FillSide.BUY : FillSide.SELL;
        SimOrder order = new SimOrder(side, OrderKind.valueOf(intent.type().name()), intent.quantity(),
                intent.limitPrice(), intent.stopPrice(), bar.end(), null);
        return new WorkingOrder(intent.id(), role, order, intent.reason(), intent.bracket(), reserved);
    }

    private static BigDecimal equity(List<SymbolBook> books, Ledger ledger) {
        return books.stream().map(SymbolBook::marketValue).reduce(ledger.cash, BigDecimal::add);
    }

    private static EquityPoint point(Instant time, List<SymbolBook> books, Ledger ledger) {
        boolean invested = books.stream().anyMatch(b -> b.quantity().signum() != 0);
        return new EquityPoint(time, ledger.cash, equity(books, ledger), invested);
    }
}
