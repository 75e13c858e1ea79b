package io.tradebot.screener.fundamental.model;

/** What a model is: a return regression (prediction) or a Markov chain of return states (risk). */
public enum ModelKind {
    REGRESSION, MARKOV
}
