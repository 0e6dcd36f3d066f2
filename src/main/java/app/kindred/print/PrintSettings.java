package app.kindred.print;

import app.kindred.KindredProperties;
import app.kindred.persist.SettingsStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Printing settings, typed, with defaults. The printer and the paper are Kindred settings
 * ({@code printer}, {@code paper} in settings.properties, see {@link SettingsStore}); the technical
 * knobs are Java system properties a technician can pass to the launcher (each documented in
 * {@link KindredProperties}):
 * <pre>
 * -Dkindred.print.duplex=false         both sides where the printer can (default true)
 * -Dkindred.print.timeout=10s          longest wait for the print system to answer one call
 * -Dkindred.print.completionWait=3s    how long to wait for CUPS to finish a job before reporting "sent"
 * -Dkindred.print.retry=30s,1m,2m,5m   pause before each retry; the last one repeats
 * -Dkindred.print.system=cups          cups (lp, lpstat, ipptool) or java (javax.print + PDFPageable)
 * </pre>
 */
public record PrintSettings(String printer, String paper, boolean duplex, Duration timeout,
        Duration completionWait, RetrySchedule retry, String system) {

    private static final Logger LOG = Logger.getLogger(PrintSettings.class.getName());

    public static PrintSettings defaults() {
        return new PrintSettings("", "A4", true, Duration.ofSeconds(10), Duration.ofSeconds(3),
                RetrySchedule.DEFAULT, "cups");
    }

    /** Printer and paper from the settings file, the rest from system properties. */
    public static PrintSettings load(Path settingsFile) {
        SettingsStore store = SettingsStore.load(settingsFile);
        Properties p = new Properties();
        p.putAll(System.getProperties());
        p.setProperty(KindredProperties.PRINT_PRINTER, store.get(SettingsStore.PRINTER));
        p.setProperty(KindredProperties.PRINT_PAPER, store.get(SettingsStore.PAPER));
        return from(p);
    }

    /** From {@code kindred.print.*} keys; bad values are logged and replaced by the default, so a typo never stops printing. */
    public static PrintSettings from(Properties p) {
        PrintSettings d = defaults();
        return new PrintSettings(
                p.getProperty(KindredProperties.PRINT_PRINTER, d.printer()).strip(),
                cupsMedia(p.getProperty(KindredProperties.PRINT_PAPER, d.paper()).strip()),
                Boolean.parseBoolean(p.getProperty(KindredProperties.PRINT_DUPLEX, Boolean.toString(d.duplex())).strip()),
                duration(p, KindredProperties.PRINT_TIMEOUT, d.timeout()),
                duration(p, KindredProperties.PRINT_COMPLETION_WAIT, d.completionWait()),
                retry(p, d.retry()),
                p.getProperty(KindredProperties.PRINT_SYSTEM, d.system()).strip().toLowerCase(Locale.ROOT));
    }

    /** The settings store says "a4"/"letter"; CUPS and PPDs say "A4"/"Letter". */
    private static String cupsMedia(String paper) {
        return switch (paper.toLowerCase(Locale.ROOT)) {
            case "a4" -> "A4";
            case "letter" -> "Letter";
            case "" -> "A4";
            default -> paper;
        };
    }

    public PrintSettings withPrinter(String name) {
        return new PrintSettings(name, paper, duplex, timeout, completionWait, retry, system);
    }

    public PrintSettings withTimeout(Duration t) {
        return new PrintSettings(printer, paper, duplex, t, completionWait, retry, system);
    }

    public PrintSettings withCompletionWait(Duration w) {
        return new PrintSettings(printer, paper, duplex, timeout, w, retry, system);
    }

    private static Duration duration(Properties p, String key, Duration fallback) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        Duration d = app.kindred.content.Durations.parse(v.strip());
        if (d == null || d.isZero()) {
            LOG.warning(key + " = " + v + " is not a duration (e.g. 10s); using " + fallback);
            return fallback;
        }
        return d;
    }

    private static RetrySchedule retry(Properties p, RetrySchedule fallback) {
        String v = p.getProperty(KindredProperties.PRINT_RETRY);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return RetrySchedule.parse(v);
        } catch (IllegalArgumentException e) {
            LOG.warning(KindredProperties.PRINT_RETRY + ": " + e.getMessage() + "; using the default");
            return fallback;
        }
    }
}
