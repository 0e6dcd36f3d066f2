package app.kindred.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The diagnostics for one file while it is read. Columns reported by the YAML parser are mapped back
 * to the file as written when {@link SourceText} had to drop characters the parser cannot read.
 */
final class Findings {
    private final String file;
    private final List<Diagnostic> list = new ArrayList<>();
    private final Map<Integer, int[]> removedColumns = new HashMap<>();
    private int errors;

    Findings(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void error(int line, int column, String message) {
        errors++;
        list.add(Diagnostic.error(file, line, originalColumn(line, column), message));
    }

    void warning(int line, int column, String message) {
        list.add(Diagnostic.warning(file, line, originalColumn(line, column), message));
    }

    /** For positions already counted in the file as written. */
    void warningAsWritten(int line, int column, String message) {
        list.add(Diagnostic.warning(file, line, column, message));
    }

    void error(YNode at, String message) {
        error(at.line(), at.column(), message);
    }

    void warning(YNode at, String message) {
        warning(at.line(), at.column(), message);
    }

    int errorCount() {
        return errors;
    }

    List<Diagnostic> diagnostics() {
        return List.copyOf(list);
    }

    /** Remembers that characters were dropped at these 1-based columns of a line before parsing. */
    void columnsRemoved(int line, int[] originalColumns) {
        int[] sorted = originalColumns.clone();
        Arrays.sort(sorted);
        removedColumns.put(line, sorted);
    }

    private int originalColumn(int line, int column) {
        int[] removed = removedColumns.get(line);
        if (removed == null || column <= 0) {
            return column;
        }
        int c = column;
        for (int r : removed) {
            if (r <= c) {
                c++;
            }
        }
        return c;
    }
}
