package io.tradebot.strategy.risk;

/** The stable reason codes of risk rejections; callers and dashboards match on these strings. */
public final class RejectCodes {

    /** The trading state is HALTED. */
    public static final String TRADING_HALTED = "TRADING_HALTED";
    /** The trading state is REDUCING and the order does not shrink a position. */
    public static final String REDUCING_ONLY = "REDUCING_ONLY";
    /** The position would be worth more than the per-position share of equity. */
    public static final String MAX_POSITION_SIZE = "MAX_POSITION_SIZE";
    /** The order would open one position more than allowed. */
    public static final String MAX_OPEN_POSITIONS = "MAX_OPEN_POSITIONS";
    /** Today's loss reached the daily limit; only reducing orders pass. */
    public static final String DAILY_LOSS_LIMIT = "DAILY_LOSS_LIMIT";
    /** The limit price is too far from the last price. */
    public static final String PRICE_COLLAR = "PRICE_COLLAR";
    /** The order needs more Reg T buying power than is left. */
    public static final String BUYING_POWER = "BUYING_POWER";
    /** The strategy placed too many orders in the last minute. */
    public static final String ORDER_RATE = "ORDER_RATE";
    /** A MARKET order outside the regular session. */
    public static final String MARKET_CLOSED = "MARKET_CLOSED";
    /** No last price is known for the symbol, so the order cannot be valued. */
    public static final String NO_PRICE = "NO_PRICE";

    private RejectCodes() {
    }
}
