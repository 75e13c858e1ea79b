package io.tradebot.screener.fundamental.model;

/** Where a return falls against a flat band ±θ: below it, inside it, or above it. */
public enum ReturnState {
    DOWN, FLAT, UP;

    /** DOWN when r < −θ, UP when r > θ, FLAT otherwise (the band's edges are flat). */
    public static ReturnState of(double r, double threshold) {
        if (r < -threshold) {
            return DOWN;
        }
        return r > threshold ? UP : FLAT;
    }
}
