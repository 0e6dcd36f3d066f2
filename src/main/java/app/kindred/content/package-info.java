/**
 * The content model (records) and everything that reads content files: loading, checking, repairing.
 *
 * <h2>For the rest of the app</h2>
 * <ul>
 *   <li>{@link app.kindred.content.ContentLoader#load(java.nio.file.Path)} reads the shipped layout under
 *       a root ({@code exercises/*.yaml}, {@code exercises/decks/*.yaml}, {@code exercises/programmes/*.yaml},
 *       {@code handouts/*.md}) and returns the {@link app.kindred.content.ContentLibrary} of what loaded
 *       cleanly plus every {@link app.kindred.content.Diagnostic}. It never throws for bad content.
 *       {@link app.kindred.content.ContentRoot#locate()} finds the root ({@code -Dkindred.content},
 *       {@code KINDRED_CONTENT}, the working folder, the project folder around the jar).</li>
 *   <li>{@link app.kindred.content.ContentLoader#loadPaths(java.util.List)} checks files and folders
 *       named one by one (for {@code kindred validate PATH...}).</li>
 *   <li>{@link app.kindred.content.WorksheetBlocks#parse(String, String)} reads the body of a fenced
 *       worksheet block of a handout into a {@link app.kindred.content.WorksheetBlock}; the loader has
 *       already checked every block of a loaded handout, so {@code parse(...).block()} is non-null there.</li>
 *   <li>{@link app.kindred.content.TextRepair#repair(String)} is the clean-up applied to every string on
 *       load (look-alike letters, odd spaces, tabs, control characters, NFC).</li>
 * </ul>
 *
 * <h2>Rules worth knowing</h2>
 * <ul>
 *   <li>A file with any error is left out of the library; warnings (repaired text, an id that does not
 *       match its file name, a near-miss article title, a repeated prompt, a programme item that squeezes
 *       an exercise too far) do not keep it out.</li>
 *   <li>Files over 256 KiB, bytes that are not UTF-8, YAML anchors, aliases and tags are refused.</li>
 *   <li>ICU4J is only loaded when a non-Latin letter outside the built-in look-alike table turns up
 *       inside a Latin word; ordinary content never pays for it.</li>
 * </ul>
 */
package app.kindred.content;
