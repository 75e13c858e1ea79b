package io.tradebot.strategy.fill;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Walks an order over the bars after its submission, up to the clock's now, so it never uses a
 * price that was not yet known: a MARKET order uses a bar once the bar has opened, every other kind
 * once the bar has ended (its high and low are known). Bars up to {@code evaluatedThrough} (a bar
 * start) were walked before and are skipped, so calling again with the result's state is safe.
 * <p>
 * A MARKET order with an expiry that arrives during the last bar before the expiry (a DAY order sent in
 * the session's last minute) has no later bar to open on: once that bar has ended it fills at the bar's
 * close ({@link BarFillModel#evaluateAtClose}), as an exchange fills a market order sent just before the
 * close, and whatever the volume share leaves expires. {@code bars} must then hold that bar, though it
 * starts before the submission.
 */
public final class BarReplay {

    private final BarFillModel model;

    public BarReplay(BarFillModel model) {
        this.model = model;
    }

    /**
     * The result of a walk: the executions it made, the state after them, the start of the last bar
     * walked (null if none yet), and whether the order has expired unfilled (its expiry has passed
     * and no bar before the expiry is left to walk).
     */
    public record Result(List<BarExecution> executions, WorkingState state, Instant evaluatedThrough, boolean expired) {
    }

    /** Walks {@code order} (in {@code state}) over {@code bars} (ascending by start) up to {@code now}. */
    public Result replay(SimOrder order, WorkingState state, List<Bar> bars, Instant evaluatedThrough, Instant now) {
        List<BarExecution> executions = new ArrayList<>();
        WorkingState current = state;
        Instant through = evaluatedThrough;
        for (Bar bar : due(order, current, bars, through, now)) {
            BarOutcome outcome = model.evaluate(order, current, bar);
            current = after(current, outcome);
            outcome.execution().ifPresent(executions::add);
            through = bar.start();
        }
        Optional<Bar> last = arrivedInLastBar(order, current, bars, through, now);
        if (last.isPresent()) {
            BarOutcome outcome = model.evaluateAtClose(order, current, last.get());
            current = after(current, outcome);
            outcome.execution().ifPresent(executions::add);
            through = last.get().start();
        }
        return new Result(executions, current, through, expired(order, current, bars, through, now));
    }

    /** The bars {@code order} may still trade on that are ready at {@code now}, in order; stops once it is filled. */
    List<Bar> due(SimOrder order, WorkingState state, List<Bar> bars, Instant through, Instant now) {
        List<Bar> due = new ArrayList<>();
        if (filled(order, state)) {
            return due;
        }
        for (Bar bar : bars) {
            if (bar.start().isAfter(now)) {
                break;
            }
            if (!order.worksOn(bar) || through != null && !bar.start().isAfter(through)) {
                continue;
            }
            if (!ready(order, bar, now)) {
                break;
            }
            due.add(bar);
        }
        return due;
    }

    /**
     * The bar {@code order} arrived during, when it is a MARKET order with an expiry, that bar is the last to
     * start before the expiry, it has ended by {@code now} and it was not walked yet; empty otherwise.
     */
    static Optional<Bar> arrivedInLastBar(SimOrder order, WorkingState state, List<Bar> bars, Instant through, Instant now) {
        if (order.kind() != OrderKind.MARKET || order.expiresAt() == null || filled(order, state)) {
            return Optional.empty();
        }
        return bars.stream()
                .filter(bar -> bar.start().isBefore(order.submittedAt()) && bar.end().isAfter(order.submittedAt()))
                .filter(bar -> !bar.end().isBefore(order.expiresAt()) && !bar.end().isAfter(now))
                .filter(bar -> through == null || bar.start().isAfter(through))
                .findFirst();
    }

    /** Applies one bar's outcome to a state. */
    static WorkingState after(WorkingState state, BarOutcome outcome) {
        return new WorkingState(outcome.execution().map(e -> state.filledQuantity().add(e.quantity()))
                .orElse(state.filledQuantity()), outcome.triggered());
    }

    static boolean filled(SimOrder order, WorkingState state) {
        return state.filledQuantity().compareTo(order.quantity()) >= 0;
    }

    private static boolean ready(SimOrder order, Bar bar, Instant now) {
        return order.kind() == OrderKind.MARKET ? !bar.start().isAfter(now) : !bar.end().isAfter(now);
    }

    private boolean expired(SimOrder order, WorkingState state, List<Bar> bars, Instant through, Instant now) {
        if (order.expiresAt() == null || now.isBefore(order.expiresAt()) || filled(order, state)) {
            return false;
        }
        return bars.stream().noneMatch(bar -> order.worksOn(bar) && (through == null || bar.start().isAfter(through)));
    }
}
