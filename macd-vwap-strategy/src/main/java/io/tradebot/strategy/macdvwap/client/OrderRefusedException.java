package io.tradebot.strategy.macdvwap.client;

/** ibkr-client refused an order with a 4xx answer: sending the same order again cannot succeed. */
public class OrderRefusedException extends RuntimeException {

    private final int status;

    public OrderRefusedException(int status, String reason) {
        super(reason);
        this.status = status;
    }

    /** The HTTP status ibkr-client answered with. */
    public int status() {
        return status;
    }

    /** 409: an order with this clientOrderId already exists with other fields. */
    public boolean isConflict() {
        return status == 409;
    }
}
