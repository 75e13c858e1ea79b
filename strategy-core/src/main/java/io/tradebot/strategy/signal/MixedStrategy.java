package io.tradebot.strategy.signal;

import java.util.List;

/**
 * {@code mixed}, long only: at every bar the moving-average trend, the RSI zone and the breakout each vote BUY, SELL or
 * NONE; buy when at least {@code quorum} vote BUY, sell when at least {@code quorum} vote SELL.
 */
public final class MixedStrategy implements Strategy {

    public static final String NAME = "mixed";
    private static final List<String> VOTER_NAMES = List.of("ma", "rsi", "momentum");

    private final MixedConfig config;

    public MixedStrategy(MixedConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Until every voter's indicators are defined. */
    @Override
    public int warmUpBars() {
        return Math.max(config.ma().slow() - 1, Math.max(config.rsi().period(),
                Math.max(config.momentum().lookback(), config.momentum().exitLookback())));
    }

    @Override
    public SymbolStrategy forSymbol(String symbol) {
        return new SymbolRun(NAME, symbol, this::rules);
    }

    private SymbolRun.Rules rules(BarHistory history) {
        List<Voter> voters = List.of(new MaTrend(history, config.ma().fast(), config.ma().slow()),
                new RsiZone(history, config.rsi().period(), config.rsi().oversold(), config.rsi().overbought()),
                new Breakout(history, config.momentum().lookback(), config.momentum().volumeFactor(),
                        config.momentum().exitLookback()));
        return (i, event, intents) -> {
            List<Vote> votes = voters.stream().map(voter -> voter.vote(i)).toList();
            if (event.position().isFlat() && count(votes, Vote.BUY) >= config.quorum()) {
                return intents.enter(true, config.entry(), describe(votes, Vote.BUY));
            }
            if (event.position().isLong() && count(votes, Vote.SELL) >= config.quorum()) {
                return intents.exit(describe(votes, Vote.SELL));
            }
            return intents;
        };
    }

    private static long count(List<Vote> votes, Vote vote) {
        return votes.stream().filter(vote::equals).count();
    }

    private String describe(List<Vote> votes, Vote side) {
        StringBuilder reason = new StringBuilder().append(count(votes, side)).append(" of ").append(votes.size())
                .append(" vote ").append(side).append(" (quorum ").append(config.quorum()).append("):");
        for (int v = 0; v < votes.size(); v++) {
            reason.append(' ').append(VOTER_NAMES.get(v)).append('=').append(votes.get(v));
        }
        return reason.toString();
    }
}
