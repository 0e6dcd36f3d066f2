package app.kindred.print;

/** A print-system call failed for a known {@link Problem}; {@code detail} is for the facilitator and the log. */
public final class PrintSystemException extends Exception {
    private final Problem problem;
    private final String detail;

    public PrintSystemException(Problem problem, String detail) {
        this(problem, detail, null);
    }

    public PrintSystemException(Problem problem, String detail, Throwable cause) {
        super(problem + ": " + detail, cause);
        this.problem = problem;
        this.detail = detail;
    }

    public Problem problem() {
        return problem;
    }

    public String detail() {
        return detail;
    }
}
