package app.kindred.print;

import java.nio.file.Path;

/**
 * One document to print.
 *
 * @param pdf the PDF; copied into the outbox, so the caller may delete it once the ticket is saved
 * @param title shown in the print queue and the console; a handout title or "Take-home pack",
 *     never a couple's names or words
 * @param printer queue name, or "" / null for the settings' printer or the system default
 * @param copies at least 1
 */
public record PrintRequest(Path pdf, String title, String printer, int copies) {
    public PrintRequest {
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be at least 1, was " + copies);
        }
        printer = printer == null ? "" : printer.strip();
    }
}
