/**
 * What Kindred keeps on disk: the data folders ({@link app.kindred.persist.DataFolders}), the
 * crash-safe journal of the running session ({@link app.kindred.persist.SessionJournal}), session
 * records without names or words ({@link app.kindred.persist.SessionRecordFile}) and the typed
 * settings ({@link app.kindred.persist.SettingsStore}).
 *
 * <h2>Rules worth knowing</h2>
 * <ul>
 *   <li>Every file is replaced atomically (write beside it, fsync, rename, fsync the folder) and
 *       destroyed crash-safely (moved aside, zeroed, deleted): a kill at any moment leaves the old
 *       file or the new one, never a mix nor a file of zeros. See docs/SESSION-JOURNAL.md.</li>
 *   <li>A couple's words live only in the owner-only {@code private/} folder and are destroyed with
 *       their turn; nothing personal goes into a record or the log.</li>
 *   <li>No Swing or AWT here (an architecture test keeps it so).</li>
 * </ul>
 */
package app.kindred.persist;
