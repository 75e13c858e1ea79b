package io.tradebot.ibkr.repository;

import java.sql.SQLException;

/** A bulk write of order rows failed; the cause is the driver's exception (a duplicate key among them). */
public class OrderWriteException extends RuntimeException {

    public OrderWriteException(SQLException cause) {
        super("writing order rows failed: " + cause.getMessage(), cause);
    }
}
