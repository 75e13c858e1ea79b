package io.tradebot.benchmarks.orders;

/**
 * What one order request came to.
 *
 * @param kind   accepted by the service (201, not REJECTED), rejected by risk (201, REJECTED), or an error
 * @param label  what is counted: "201 ACCEPTED", "201 REJECTED ORDER_RATE", "HTTP 500", "timeout", ...
 * @param detail the reject reason, the start of an error body, or an exception message
 * @param timed  true when the elapsed time means something: an HTTP answer came, or the request timed out
 */
public record Outcome(Kind kind, String label, String detail, boolean timed) {

    /** How a request ended. */
    public enum Kind { ACCEPTED, REJECTED, ERROR }

    static Outcome accepted(String status) {
        return new Outcome(Kind.ACCEPTED, "201 " + status, "", true);
    }

    /** A risk rejection; its reason reads "CODE: message" and the code is what is counted. */
    static Outcome rejected(String rejectReason) {
        String reason = rejectReason == null ? "" : rejectReason;
        int colon = reason.indexOf(':');
        String code = colon > 0 ? reason.substring(0, colon) : reason;
        return new Outcome(Kind.REJECTED, "201 REJECTED " + code, reason, true);
    }

    static Outcome httpError(int status, String body) {
        String start = body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "..." : body;
        return new Outcome(Kind.ERROR, "HTTP " + status, start, true);
    }

    static Outcome timeout(String message) {
        return new Outcome(Kind.ERROR, "timeout", message, true);
    }

    static Outcome failure(Throwable cause) {
        return new Outcome(Kind.ERROR, cause.getClass().getSimpleName(), String.valueOf(cause.getMessage()), false);
    }
}
