package io.tradebot.screener.fundamental.model;

/** How far ahead a model looks: the next session hour or the next session. */
public enum Horizon {
    HOUR, DAY
}
