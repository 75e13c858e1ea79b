package io.tradebot.strategy.signal;

import io.tradebot.strategy.marketdata.RegularSession;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * {@code fundamental}, long only: buy a symbol at a close of the trading day its watchlist candidate is for (score at
 * least {@code minScore}), as many shares as lose {@code riskPct} of equity at the stop-loss, capped at
 * {@code maxPositionPct} of equity; bracket stop-loss/take-profit; sell after {@code timeStopDays} sessions. The caller
 * passes the candidate only while its watchlist entry is unused, so a candidate is entered once.
 */
public final class FundamentalStrategy implements Strategy {

    public static final String NAME = "fundamental";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final FundamentalConfig config;

    public FundamentalStrategy(FundamentalConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** No indicator; the time stop counts the sessions fed since the entry. */
    @Override
    public int warmUpBars() {
        return 0;
    }

    @Override
    public SymbolStrategy forSymbol(String symbol) {
        return new SymbolRun(NAME, symbol, history -> (i, event, intents) -> decide(history, i, event, intents));
    }

    private Intents decide(BarHistory history, int i, BarEvent event, Intents intents) {
        Position position = event.position();
        if (position.isLong()) {
            int held = sessionsHeld(history, i, position);
            return held >= config.timeStopDays() ? intents.exit("time stop: held " + held + " sessions") : intents;
        }
        Candidate candidate = event.candidate();
        if (!position.isFlat() || candidate == null || candidate.score().compareTo(config.minScore()) < 0
                || !candidate.tradeDate().equals(BarHistory.tradingDate(event.bar()))) {
            return intents;
        }
        BigDecimal entry = event.bar().close();
        Bracket bracket = config.entry().bracket(true, entry);
        BigDecimal shares = shares(event.equity(), entry, bracket.stopLoss());
        return intents.enter(IntentAction.ENTER_LONG, shares, bracket, "watchlist candidate for "
                + candidate.tradeDate() + ", score " + candidate.score().toPlainString() + "; risking "
                + config.riskPct().toPlainString() + "% of equity to the stop " + bracket.stopLoss().toPlainString());
    }

    /** floor(equity x riskPct% / (entry - stop)), but no more than floor(equity x maxPositionPct% / entry). */
    BigDecimal shares(BigDecimal equity, BigDecimal entry, BigDecimal stop) {
        BigDecimal riskPerShare = entry.subtract(stop);
        if (riskPerShare.signum() <= 0) {
            return BigDecimal.ZERO; // a price so low that the stop rounds onto it: no risk can be measured
        }
        BigDecimal byRisk = equity.multiply(config.riskPct()).divide(HUNDRED.multiply(riskPerShare), 0, RoundingMode.DOWN);
        return byRisk.min(config.entry().shares(equity, entry));
    }

    /** Trading days fed from the position's opening day through bar {@code i}'s. */
    private static int sessionsHeld(BarHistory history, int i, Position position) {
        LocalDate opened = position.openedAt().atZone(RegularSession.ZONE).toLocalDate();
        int sessions = 0;
        LocalDate counted = null;
        for (int j = i; j >= 0; j--) {
            LocalDate day = BarHistory.tradingDate(history.bar(j));
            if (day.isBefore(opened)) {
                break;
            }
            if (!day.equals(counted)) {
                sessions++;
                counted = day;
            }
        }
        return sessions;
    }
}
