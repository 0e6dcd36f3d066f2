/**
 * The entry point and the command line: {@code Main} and one picocli command per sub-command
 * ({@code kiosk}, {@code validate}, {@code render}, {@code summary}, {@code print}, {@code outbox},
 * {@code reset-pin}), plus the wiring that only an application needs: logging to the data folder,
 * the start-up trace and warm-up, the tuned JVM a plain {@code java -jar} restarts into.
 *
 * <h2>Rules worth knowing</h2>
 * <ul>
 *   <li>This is the top layer: it may use every other package; none of them uses it.</li>
 *   <li>Errors reach the terminal as one plain sentence; the stack trace goes to the log, and to the
 *       terminal only with {@code --debug} (or {@code -Dkindred.debug=true}).</li>
 *   <li>Options that several commands share are picocli mixins ({@code DebugOption},
 *       {@code PaperOption}); every {@code kindred.*} system property is in
 *       {@link app.kindred.KindredProperties}.</li>
 * </ul>
 */
package app.kindred.app;
