package app.kindred;

/**
 * Every {@code kindred.*} Java system property, in one place, as FlatLaf's
 * {@code FlatSystemProperties} lists its own: what each one does, its values and its default. Pass
 * them to the launcher ({@code java -Dkindred.home=/srv/kindred -jar kindred.jar}, or in
 * {@code JAVA_TOOL_OPTIONS}). Code reads them through these constants, so a typo is a compile error,
 * not a switch that silently does nothing. Settings a facilitator changes live in
 * {@code settings.properties} instead ({@code persist.SettingKey}).
 *
 * <p>Environment variables with the same job: {@code KINDRED_HOME} (after {@link #HOME}),
 * {@code KINDRED_CONTENT} (after {@link #CONTENT}).
 */
public final class KindredProperties {
    // ---- where things are ----------------------------------------------------------------------

    /**
     * The data folder (journal, records, logs, settings, outbox). Default: {@code $KINDRED_HOME},
     * else {@code $XDG_DATA_HOME/kindred}, else {@code ~/.local/share/kindred}.
     */
    public static final String HOME = "kindred.home";

    /**
     * The content root holding {@code exercises/} and {@code handouts/}. Default:
     * {@code $KINDRED_CONTENT}, else the working folder, else the project folder around the jar.
     */
    public static final String CONTENT = "kindred.content";

    // ---- diagnosis -----------------------------------------------------------------------------

    /** {@code true}: errors show their stack trace on the terminal too (as {@code --debug}). Default {@code false}. */
    public static final String DEBUG = "kindred.debug";

    /** {@code true}: the log records how long each step of the kiosk's start-up took. Default {@code false}. */
    public static final String TRACE_STARTUP = "kindred.traceStartup";

    /** {@code true}: no start-up warm-up on the second core (to measure what it gains). Default {@code false}. */
    public static final String NO_WARM_UP = "kindred.noWarmUp";

    // ---- start-up, for scripts -----------------------------------------------------------------

    /**
     * Seconds the Swing event thread may stay silent before the watchdog logs a thread dump and
     * ends the kiosk with exit code 5 (the kiosk service restarts it). Default 30; 0 turns it off.
     */
    public static final String WATCHDOG = "kindred.watchdog";

    /** The installed package's application folder (set by its launcher), where kiosk-setup finds its script. */
    public static final String APP_DIR = "kindred.appDir";

    /**
     * A venue's own content folder layered over the shipped one (a file with a shipped name replaces
     * it; others are added). The installed launcher sets {@code /etc/kindred/content}.
     */
    public static final String VENUE_CONTENT = "kindred.venueContent";

    /**
     * {@code true}: the kiosk exits by itself once its first screen is ready. Used by
     * {@code scripts/startup-archives.sh} to record the classes of a start-up. Default {@code false}.
     */
    public static final String EXIT_WHEN_READY = "kindred.exitWhenReady";

    /** {@code true}: the kiosk prints a marker line when its first frame is painted (benchmarks). Default {@code false}. */
    public static final String READY_MARKER = "kindred.readyMarker";

    // ---- rendering and printing ----------------------------------------------------------------

    /** Most threads {@code kindred render --all} uses. Default 2 (the machines have two cores). */
    public static final String RENDER_THREADS = "kindred.renderThreads";

    /** Printer queue name; overrides the {@code printer} setting. Default: the setting, else the system's default. */
    public static final String PRINT_PRINTER = "kindred.print.printer";

    /** Paper, {@code A4} or {@code Letter}; overrides the {@code paper} setting. Default {@code A4}. */
    public static final String PRINT_PAPER = "kindred.print.paper";

    /** {@code false}: one side only. Default {@code true} (both sides where the printer can). */
    public static final String PRINT_DUPLEX = "kindred.print.duplex";

    /** Longest wait for the print system to answer one call, as {@code 10s}. Default {@code 10s}. */
    public static final String PRINT_TIMEOUT = "kindred.print.timeout";

    /** How long to wait for CUPS to finish a job before reporting it "sent", as {@code 3s}. Default {@code 3s}. */
    public static final String PRINT_COMPLETION_WAIT = "kindred.print.completionWait";

    /** Pause before each retry of a waiting job, the last one repeating. Default {@code 30s,1m,2m,5m}. */
    public static final String PRINT_RETRY = "kindred.print.retry";

    /** {@code cups} (lp, lpstat, ipptool) or {@code java} (javax.print with PDFBox's pageable). Default {@code cups}. */
    public static final String PRINT_SYSTEM = "kindred.print.system";

    private KindredProperties() {
    }

    /** The property's value, or null when it is unset or blank. */
    public static String get(String property) {
        String v = System.getProperty(property);
        return v == null || v.isBlank() ? null : v;
    }

    /** {@code true} only when the property is set to "true" (any case). */
    public static boolean isOn(String property) {
        return Boolean.getBoolean(property);
    }
}
