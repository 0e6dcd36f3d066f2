package app.kindred.print;

import java.nio.file.Path;

/**
 * One job as handed to the print system.
 *
 * @param pdf the PDF in the outbox
 * @param printer queue name
 * @param title job title shown in the queue (never a couple's name)
 * @param copies at least 1
 * @param paper media name for CUPS ("A4", "Letter")
 * @param duplex print both sides (long edge) when the printer can
 * @param actualSize true: no scaling (the PDF's page matches the paper); false: fit to the paper
 */
public record Submission(Path pdf, String printer, String title, int copies, String paper, boolean duplex,
        boolean actualSize) {
}
