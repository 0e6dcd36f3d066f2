package app.kindred.persist;

import app.kindred.session.DeckMemory;
import app.kindred.session.Mode;
import app.kindred.session.SessionSettings;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * Kindred's settings: typed keys with defaults, kept in {@link DataFolders#settingsFile()} as a
 * properties file a technician can edit. A missing file means all defaults; a bad value means that
 * key's default, listed in {@link #problems()}. {@link #save()} writes atomically.
 */
public final class SettingsStore {
    /** Not a static field: java.util.logging starts off the start-up path (see app.Logging). */
    private static Logger log() {
        return Logger.getLogger(SettingsStore.class.getName());
    }

    public static final SettingKey<String> THEME = SettingKey.choice("theme", "light", "light", "dark", "high-contrast");
    /** The UI scale as a factor (1.0 = 100 %); auto (the default): from the screen's size, see Theme.fitScale. */
    public static final SettingKey<java.util.Optional<Double>> UI_SCALE = SettingKey.decimalOrAuto("uiScale", 1.0, 3.0);
    public static final SettingKey<Boolean> SOUND = SettingKey.bool("sound", true);
    /** The chimes' loudness in per cent of full scale. */
    public static final SettingKey<Integer> VOLUME = SettingKey.whole("volume", 80, 0, 100);
    /**
     * Starts the kiosk with the Java accessibility bridge to AT-SPI (a screen reader such as Orca);
     * read by scripts/kiosk-jvm.sh before the JVM starts. The desktop's own accessibility setting
     * turns it on too.
     */
    public static final SettingKey<Boolean> SCREEN_READER = SettingKey.bool("screenReader", false);
    /** Speaks the step, the instruction and the prompt through the system's speech service. */
    public static final SettingKey<Boolean> SPEECH = SettingKey.bool("speech", false);
    /** The speech's loudness in per cent (headphones: keep it low). */
    public static final SettingKey<Integer> SPEECH_VOLUME = SettingKey.whole("speechVolume", 60, 0, 100);
    /** Single-key shortcuts (P, N, T, +) on the exercise screen; never while a text field has focus. */
    public static final SettingKey<Boolean> SINGLE_KEY_SHORTCUTS = SettingKey.bool("singleKeyShortcuts", true);
    /** How long without a touch before "Still there?"; the wipe follows. */
    public static final SettingKey<Duration> IDLE_TIMEOUT =
            SettingKey.duration("idleTimeout", Duration.ofMinutes(3), Duration.ofSeconds(30), Duration.ofHours(1));
    /** The warning before a phase ends; 0s turns it off. */
    public static final SettingKey<Duration> WARNING_TIME =
            SettingKey.duration("warningTime", SessionSettings.DEFAULT_WARNING, Duration.ZERO, Duration.ofMinutes(10));
    public static final SettingKey<String> PAPER = SettingKey.choice("paper", "a4", "a4", "letter");
    /** The print queue; empty means the system's default printer. */
    public static final SettingKey<String> PRINTER = SettingKey.text("printer", "");
    public static final SettingKey<Mode> MODE = SettingKey.enumeration("mode", Mode.KIOSK);
    /** Avoid prompts other couples drew today at this kiosk. */
    public static final SettingKey<Boolean> DECKS_AVOID_REPEATS_ALL_DAY = SettingKey.bool("decksAvoidRepeatsAllDay", true);
    public static final SettingKey<Duration> TIME_OUT_LENGTH =
            SettingKey.duration("timeOutLength", SessionSettings.DEFAULT_TIME_OUT, Duration.ofSeconds(10), Duration.ofHours(2));
    /** How long "Still there?" waits for an answer before the wipe. */
    public static final SettingKey<Duration> IDLE_ANSWER =
            SettingKey.duration("idleAnswer", Duration.ofSeconds(60), Duration.ofSeconds(15), Duration.ofMinutes(10));
    /**
     * Walk-away safety: a step that runs with nobody touching the kiosk for its own length plus this
     * asks "Still there?" when the next step begins; a pause or a time-out waits this much longer
     * than its own length (a pause: the idle time) before asking.
     */
    public static final SettingKey<Duration> WALK_AWAY_MARGIN =
            SettingKey.duration("walkAwayMargin", Duration.ofMinutes(2), Duration.ofSeconds(30), Duration.ofHours(1));
    /** "+1 min" presses a couple may make in one step. */
    public static final SettingKey<Integer> EXTENSIONS_PER_STEP = SettingKey.whole("extensionsPerStep", 3, 0, 30);
    /** Reflections and commitments one couple may write. */
    public static final SettingKey<Integer> REFLECTIONS_PER_SESSION = SettingKey.whole("reflectionsPerSession", 12, 1, 100);
    /** Pages one take-home pack may have; worksheets that would go past it are left out (the summary comes first). */
    public static final SettingKey<Integer> PAGES_PER_PACK = SettingKey.whole("pagesPerPack", 16, 2, 200);
    /** Take-home packs the kiosk prints in any one hour; more wait for the next hour. */
    public static final SettingKey<Integer> PACKS_PER_HOUR = SettingKey.whole("packsPerHour", 20, 1, 1000);
    /**
     * How long a pack may wait in the outbox for a printer before it is destroyed (it holds names and
     * words). At most a day: the kiosk tells couples "deleted ... within a day if it cannot" print.
     */
    public static final SettingKey<Duration> OUTBOX_EXPIRY =
            SettingKey.duration("outboxExpiry", Duration.ofHours(12), Duration.ofMinutes(10), Duration.ofHours(24));
    /** The venue's helplines for "Need support?", separated by "|"; blank: the generic "ask a member of staff". */
    public static final SettingKey<String> SUPPORT_LINES = SettingKey.text("supportLines", "");
    /** A note from the venue under the helplines ("Our counsellor is in room 4 on Tuesdays"); blank: none. */
    public static final SettingKey<String> SUPPORT_NOTE = SettingKey.text("supportNote", "");
    /** The console (and the kiosk's facilitator menu) locks itself after this long without input. */
    public static final SettingKey<Duration> CONSOLE_LOCK_AFTER =
            SettingKey.duration("consoleLockAfter", Duration.ofMinutes(2), Duration.ofSeconds(15), Duration.ofHours(1));

    /**
     * Where the PIN hash lived before it got a file of its own ({@link PinStore}): read once, to move it,
     * and then removed. Empty means none.
     */
    static final SettingKey<String> LEGACY_PIN_HASH = SettingKey.text("pinHash", "");
    static final SettingKey<String> LEGACY_PIN_SALT = SettingKey.text("pinSalt", "");
    static final int LEGACY_PIN_ROUNDS = 120_000;

    /**
     * The workshop hub's broker (docs/NETWORK.md): empty (the default) starts the embedded one on
     * {@link #HUB_BIND}:{@link #HUB_PORT}; a URL such as tcp://10.0.0.2:1883 uses a venue's own broker.
     */
    public static final SettingKey<String> HUB_BROKER_URL = SettingKey.text("hubBrokerUrl", "");
    public static final SettingKey<Integer> HUB_PORT = SettingKey.whole("hubPort", 1883, 1, 65535);
    /** The address the embedded broker listens on: every interface by default, 127.0.0.1 for this machine only. */
    public static final SettingKey<String> HUB_BIND = SettingKey.text("hubBind", "0.0.0.0");
    /**
     * The facilitator's phone remote (docs/NETWORK.md): a small page on this machine, behind the PIN.
     * Off by default: it is plain HTTP on the room's network, so a venue turns it on where that network is its own.
     */
    public static final SettingKey<Boolean> PHONE_REMOTE = SettingKey.bool("phoneRemote", false);
    public static final SettingKey<Integer> PHONE_REMOTE_PORT = SettingKey.whole("phoneRemotePort", 8470, 1, 65535);
    /** The address the phone remote listens on; empty (the default): this machine's address on the room's network. */
    public static final SettingKey<String> PHONE_REMOTE_BIND = SettingKey.text("phoneRemoteBind", "");
    /** Room mode starts the workshop hub (kiosks can join) unless this is off. */
    public static final SettingKey<Boolean> HUB_ON = SettingKey.bool("hubOn", true);

    /** Screens change without moving (no fade); the desktop's own "reduce animations" does the same. */
    public static final SettingKey<Boolean> REDUCE_MOTION = SettingKey.bool("reduceMotion", false);

    public static final List<SettingKey<?>> ALL = List.of(THEME, UI_SCALE, SOUND, VOLUME, SCREEN_READER, SPEECH,
            SPEECH_VOLUME, SINGLE_KEY_SHORTCUTS, IDLE_TIMEOUT, IDLE_ANSWER,
            WALK_AWAY_MARGIN, WARNING_TIME, PAPER, PRINTER, MODE, DECKS_AVOID_REPEATS_ALL_DAY, TIME_OUT_LENGTH,
            EXTENSIONS_PER_STEP, REFLECTIONS_PER_SESSION, PAGES_PER_PACK, PACKS_PER_HOUR, OUTBOX_EXPIRY,
            CONSOLE_LOCK_AFTER, SUPPORT_LINES, SUPPORT_NOTE, HUB_BROKER_URL, HUB_PORT, HUB_BIND, HUB_ON, PHONE_REMOTE,
            PHONE_REMOTE_PORT, PHONE_REMOTE_BIND, LEGACY_PIN_HASH,
            LEGACY_PIN_SALT, REDUCE_MOTION);

    private static final java.util.Set<String> LOGGED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Path file;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, String> unknown = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private SettingsStore(Path file) {
        this.file = file;
    }

    public static SettingsStore load(DataFolders folders) {
        return load(folders.settingsFile());
    }

    public static SettingsStore load(Path file) {
        SettingsStore s = new SettingsStore(file);
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (NoSuchFileException e) {
            return s;
        } catch (IOException | IllegalArgumentException e) {
            s.problems.add(file + ": could not be read (" + e.getMessage() + "); using the default settings");
            s.problems.stream().filter(LOGGED::add).forEach(problem -> log().warning(problem));
            return s;
        }
        for (String name : p.stringPropertyNames()) {
            SettingKey<?> key = ALL.stream().filter(k -> k.name().equals(name)).findFirst().orElse(null);
            if (key == null) {
                s.unknown.put(name, p.getProperty(name));
                s.problems.add(file + ": unknown setting \"" + name + "\" (kept, not used)");
                continue;
            }
            Object v = key.parse(p.getProperty(name));
            if (v == null) {
                s.problems.add(file + ": " + name + " = \"" + p.getProperty(name) + "\" is not valid; expected "
                        + key.expected() + ". Using " + formatAny(key, key.defaultValue()) + ".");
            } else {
                s.values.put(name, v);
            }
        }
        // Once per process: the settings file is read by several parts (kiosk, printing, PIN), and a
        // bad line must not fill the log with the same warning.
        s.problems.stream().filter(LOGGED::add).forEach(problem -> log().warning(problem));
        return s;
    }

    @SuppressWarnings("unchecked")
    public synchronized <T> T get(SettingKey<T> key) {
        Object v = values.get(key.name());
        return v == null ? key.defaultValue() : (T) v;
    }

    public synchronized <T> void set(SettingKey<T> key, T value) {
        if (value == null || value.equals(key.defaultValue())) {
            values.remove(key.name());
        } else if (key.parse(key.format(value)) == null) {
            throw new IllegalArgumentException(key.name() + " must be " + key.expected());
        } else {
            values.put(key.name(), value);
        }
    }

    /** Messages about values that were ignored when loading (for the console and the log). */
    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    public Path file() {
        return file;
    }

    public synchronized void save() throws IOException {
        StringWriter out = new StringWriter();
        out.write("# Kindred settings. Remove a line to go back to its default.\n");
        for (SettingKey<?> key : ALL) {
            if (key != LEGACY_PIN_HASH && key != LEGACY_PIN_SALT) {
                out.write("# " + key.name() + ": " + key.expected() + " (default " + formatAny(key, key.defaultValue()) + ")\n");
            }
            if (values.containsKey(key.name())) {
                out.write(escape(key.name()) + "=" + escape(formatAny(key, values.get(key.name()))) + "\n");
            }
        }
        for (Map.Entry<String, String> u : unknown.entrySet()) {
            out.write(escape(u.getKey()) + "=" + escape(u.getValue()) + "\n");
        }
        AtomicFiles.write(file, out.toString().getBytes(StandardCharsets.UTF_8), false);
    }

    /** The engine's settings from these: mode, warning, time-out length, and the deck memory if all-day is on. */
    public SessionSettings sessionSettings(DeckMemory kioskMemory) {
        return new SessionSettings(get(MODE), get(WARNING_TIME), get(TIME_OUT_LENGTH),
                get(DECKS_AVOID_REPEATS_ALL_DAY) ? kioskMemory : null, ThreadLocalRandom.current().nextLong());
    }

    @SuppressWarnings("unchecked")
    private static <T> String formatAny(SettingKey<T> key, Object value) {
        return key.format((T) value);
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '=', ':', '#', '!' -> b.append('\\').append(c);
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
