package io.tradebot.common.problem;

/** A domain failure that already knows the problem response it should become. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(int status, String detail) {
        this(Problem.of(status, detail));
    }

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** 404 for something looked up by key. */
    public static ProblemException notFound(String what) {
        return new ProblemException(404, what + " not found");
    }

    /** 400 about one request field. */
    public static ProblemException badField(String field, String detail) {
        return new ProblemException(Problem.of(400, detail, field));
    }
}
