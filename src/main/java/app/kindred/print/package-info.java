/**
 * Printing that never loses a page: every job goes into the {@link app.kindred.print.Outbox} first,
 * then to the operating system's print system ({@link app.kindred.print.CupsCommandLine}, or
 * {@link app.kindred.print.JavaPrintSystem}); a job the printer does not take stays in the outbox
 * with its reason ({@link app.kindred.print.Problem}) and is retried on a schedule.
 *
 * <h2>Rules worth knowing</h2>
 * <ul>
 *   <li>{@link app.kindred.print.Printing} is the one way in; listeners hear every change of every job.</li>
 *   <li>Every call to the print system runs under a time limit; a missing tool is a problem to
 *       report, not an exception for the user. See docs/PRINTING.md.</li>
 *   <li>A couple's pack leaves no copy in the outbox once printed. No Swing here ({@code java.awt.print}
 *       is allowed for {@link app.kindred.print.JavaPrintSystem}).</li>
 * </ul>
 */
package app.kindred.print;
