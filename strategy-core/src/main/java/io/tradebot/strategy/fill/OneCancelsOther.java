package io.tradebot.strategy.fill;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks a one-cancels-other pair (a bracket's stop-loss and take-profit) over the same bars in
 * lockstep: the first to execute on a bar wins and the other is cancelled. When both would execute
 * on the same bar the path inside the bar is unknown; the {@code first} order (by convention the
 * stop-loss, the conservative assumption) wins. After a win the winner continues alone.
 */
public final class OneCancelsOther {

    private final BarFillModel model;
    private final BarReplay replay;

    public OneCancelsOther(BarFillModel model) {
        this.model = model;
        this.replay = new BarReplay(model);
    }

    /** The walk of each order; {@code winner} is 0 while neither has executed, else 1 or 2. */
    public record Result(BarReplay.Result first, BarReplay.Result second, int winner) {
    }

    /** Walks the pair; both share {@code evaluatedThrough} since they are always walked together. */
    public Result replay(SimOrder first, WorkingState firstState, SimOrder second, WorkingState secondState,
            List<Bar> bars, Instant evaluatedThrough, Instant now) {
        WorkingState a = firstState;
        WorkingState b = secondState;
        Instant through = evaluatedThrough;
        for (Bar bar : replay.due(first, a, bars, through, now)) {
            BarOutcome outcomeA = model.evaluate(first, a, bar);
            BarOutcome outcomeB = model.evaluate(second, b, bar);
            a = BarReplay.after(a, outcomeA);
            b = BarReplay.after(b, outcomeB);
            if (outcomeA.execution().isPresent()) {
                return won(1, first, a, b, outcomeA, bars, bar.start(), now);
            }
            if (outcomeB.execution().isPresent()) {
                return won(2, second, b, a, outcomeB, bars, bar.start(), now);
            }
            through = bar.start();
        }
        BarReplay.Result none = new BarReplay.Result(List.of(), a, through, false);
        return new Result(none, new BarReplay.Result(List.of(), b, through, false), 0);
    }

    private Result won(int winner, SimOrder order, WorkingState afterBar, WorkingState loserState,
            BarOutcome outcome, List<Bar> bars, Instant barStart, Instant now) {
        BarReplay.Result rest = replay.replay(order, afterBar, bars, barStart, now);
        List<BarExecution> executions = new ArrayList<>();
        executions.add(outcome.execution().orElseThrow());
        executions.addAll(rest.executions());
        BarReplay.Result won = new BarReplay.Result(executions, rest.state(), rest.evaluatedThrough(), false);
        BarReplay.Result lost = new BarReplay.Result(List.of(), loserState, barStart, false);
        return winner == 1 ? new Result(won, lost, 1) : new Result(lost, won, 2);
    }
}
