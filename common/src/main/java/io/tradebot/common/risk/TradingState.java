package io.tradebot.common.risk;

/** The account's trading state: ACTIVE trades normally, REDUCING only shrinks positions, HALTED places nothing. */
public enum TradingState {
    ACTIVE, REDUCING, HALTED
}
