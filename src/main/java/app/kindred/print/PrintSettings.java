package app.kindred.print;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Printing settings, typed, with defaults. Read from the {@code print.*} keys of
 * {@code settings.properties} in the data folder:
 * <pre>
 * print.printer = PDF            # queue name; empty = the system default printer
 * print.paper = A4               # A4 or Letter (any CUPS media name)
 * print.duplex = true            # both sides where the printer can
 * print.timeout = 10s            # longest wait for the print system to answer one call
 * print.completionWait = 3s      # how long to wait for CUPS to finish a job before reporting "sent"
 * print.retry = 30s,1m,2m,5m     # pause before each retry; the last one repeats
 * print.system = cups            # cups (lp, lpstat) or java (javax.print + PDFPageable)
 * </pre>
 */
public record PrintSettings(String printer, String paper, boolean duplex, Duration timeout,
        Duration completionWait, RetrySchedule retry, String system) {

    private static final Logger LOG = Logger.getLogger(PrintSettings.class.getName());

    public static PrintSettings defaults() {
        return new PrintSettings("", defaultPaper(), true, Duration.ofSeconds(10), Duration.ofSeconds(3),
                RetrySchedule.DEFAULT, "cups");
    }

    public static PrintSettings load(Path settingsFile) {
        Properties p = new Properties();
        if (Files.exists(settingsFile)) {
            try (InputStream in = Files.newInputStream(settingsFile)) {
                p.load(in);
            } catch (IOException e) {
                LOG.warning("cannot read " + settingsFile + ", printing with defaults: " + e);
            }
        }
        return from(p);
    }

    /** Bad values are logged and replaced by the default, so a typo never stops printing. */
    public static PrintSettings from(Properties p) {
        PrintSettings d = defaults();
        return new PrintSettings(
                p.getProperty("print.printer", d.printer()).strip(),
                p.getProperty("print.paper", d.paper()).strip(),
                Boolean.parseBoolean(p.getProperty("print.duplex", Boolean.toString(d.duplex())).strip()),
                duration(p, "print.timeout", d.timeout()),
                duration(p, "print.completionWait", d.completionWait()),
                retry(p, d.retry()),
                p.getProperty("print.system", d.system()).strip().toLowerCase(Locale.ROOT));
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

    /** Letter where it is the custom (US, Canada, Mexico, Philippines...), A4 elsewhere. */
    private static String defaultPaper() {
        String country = Locale.getDefault().getCountry();
        return switch (country) {
            case "US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "PR" -> "Letter";
            default -> "A4";
        };
    }

    private static Duration duration(Properties p, String key, Duration fallback) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        Duration d = app.kindred.content.Durations.parse(v.strip());
        if (d == null || d.isZero()) {
            LOG.warning("settings: " + key + " = " + v + " is not a duration (e.g. 10s); using " + fallback);
            return fallback;
        }
        return d;
    }

    private static RetrySchedule retry(Properties p, RetrySchedule fallback) {
        String v = p.getProperty("print.retry");
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return RetrySchedule.parse(v);
        } catch (IllegalArgumentException e) {
            LOG.warning("settings: print.retry: " + e.getMessage() + "; using the default");
            return fallback;
        }
    }
}
