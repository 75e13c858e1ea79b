package io.tradebot.common.security;

/** The JWT groups Tradebot knows. */
public final class Roles {

    /** Everything, including user management and the kill switch. */
    public static final String ADMIN = "ADMIN";
    /** May place and cancel orders. */
    public static final String TRADER = "TRADER";
    /** Reads only. */
    public static final String VIEWER = "VIEWER";
    /** Another Tradebot service. */
    public static final String SERVICE = "service";
    /** Issuer of every Tradebot token. */
    public static final String ISSUER = "tradebot";

    private Roles() {
    }
}
