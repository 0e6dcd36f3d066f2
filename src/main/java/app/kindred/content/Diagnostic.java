package app.kindred.content;

/**
 * One problem found in a content file, printed like a compiler message:
 * {@code exercises/x.yaml:12:5: error: duration must be between 10s and 2h, got "-3m"}.
 *
 * @param line   1-based, or 0 when the problem concerns the whole file
 * @param column 1-based, or 0 when unknown
 */
public record Diagnostic(Severity severity, String file, int line, int column, String message) {
    public static Diagnostic error(String file, int line, int column, String message) {
        return new Diagnostic(Severity.ERROR, file, line, column, message);
    }

    public static Diagnostic warning(String file, int line, int column, String message) {
        return new Diagnostic(Severity.WARNING, file, line, column, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        return b.append(": ").append(severity.word()).append(": ").append(message).toString();
    }
}
