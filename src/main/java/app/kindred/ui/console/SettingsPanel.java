package app.kindred.ui.console;

import app.kindred.ui.ConsoleText;
import app.kindred.persist.SettingsStore;
import app.kindred.session.Mode;
import app.kindred.ui.Edt;
import app.kindred.ui.Theme;
import app.kindred.ui.Widgets;
import java.awt.event.ActionEvent;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;

/**
 * The console's settings, in sections a facilitator can use with a finger: look, sound and speech,
 * times, printing, start. Lists and toggles say their values in words; a control that cannot be
 * used says why beside it. Saved to the settings file (off the event thread) and read back at the
 * next start. Theme and scale apply at once; in a kiosk, so do sound, speech, single keys and the
 * answer time ({@link LiveSettings}); the other times from the next session; the mode and the
 * screen reader from the next start.
 */
public final class SettingsPanel {
    private static final Logger LOG = Logger.getLogger(SettingsPanel.class.getName());
    /** The scale list's first entry: fit the scale to the screen (the setting's "auto"). */
    private static final int FIT = 0;
    private static final String WIDE = "w 320lp!, h 48lp!";
    private static final String TOGGLE = "w 120lp!, h 48lp!";

    private final SettingsStore settings;
    private final Runnable onClose;
    private final Runnable onChangePin;
    /** The card: heading, the rows (scrolling when the screen is short), message and buttons pinned below. */
    private final JPanel card = new JPanel(new MigLayout("insets 24, wrap 1, fill, gap 0 12", "[grow, fill]", "[][grow, fill][][][]"));
    private final SettingsRows root = new SettingsRows();
    private final JComboBox<Option<String>> theme = new JComboBox<>();
    /** Percent; {@link #FIT} fits the scale to the screen (the setting's "auto"). */
    private final JComboBox<Option<Integer>> scale = new JComboBox<>();
    private final Toggle sound = new Toggle();
    private final JSlider volume = new JSlider(0, 100, 80);
    private final JLabel volumeWords = Widgets.label("settings.volume.value", null, " ");
    private final JButton testChime;
    private final JLabel soundWhy = Widgets.label("settings.volume.why", "consoleSmall", " ");
    private final Toggle speech = new Toggle();
    private final JSlider speechVolume = new JSlider(0, 100, 60);
    private final JLabel speechVolumeWords = Widgets.label("settings.speechVolume.value", null, " ");
    private final JLabel speechWhy = Widgets.label("settings.speechVolume.why", "consoleSmall", " ");
    private final Toggle screenReader = new Toggle();
    private final Toggle hubOn = new Toggle();
    private final Toggle phoneRemote = new Toggle();
    private final Toggle singleKeys = new Toggle();
    private final JComboBox<Option<Duration>> idleMinutes = new JComboBox<>();
    private final JComboBox<Option<Duration>> idleAnswer = new JComboBox<>();
    private final JComboBox<Option<Duration>> warningSeconds = new JComboBox<>();
    private final JComboBox<Option<String>> paper = new JComboBox<>();
    private final JComboBox<Option<String>> printer = new JComboBox<>();
    private final JComboBox<Option<Mode>> mode = new JComboBox<>();
    private final Toggle decksAllDay = new Toggle();
    private final Toggle reduceMotion = new Toggle();
    private final JLabel message = Widgets.label("settings.message", "secondary", " ");
    /** Values in the settings file that were not used (the key, the bad value, the default used instead). */
    private final javax.swing.JTextArea problems = Widgets.paragraph("settings.problems", "warning", " ");
    /** The running kiosk, or null in the room console (no chimes, no speech there). */
    private LiveSettings live;

    public SettingsPanel(SettingsStore settings, Runnable onClose, Runnable onChangePin) {
        Edt.check();
        this.settings = settings;
        this.onClose = onClose;
        this.onChangePin = onChangePin;
        card.setName("settings");
        Widgets.style(card, "consoleCard");
        card.getAccessibleContext().setAccessibleName(ConsoleText.get("settings.heading"));
        card.add(Widgets.label("settings.heading", "consoleHeading", ConsoleText.get("settings.heading")), "left");
        root.setName("settings.form");
        root.setOpaque(false);
        javax.swing.JScrollPane scroll = new javax.swing.JScrollPane(root, javax.swing.ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                javax.swing.ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setName("settings.scroll");
        scroll.setBorder(javax.swing.BorderFactory.createEmptyBorder());
        scroll.setOpaque(false);
        scroll.getViewport().setOpaque(false);
        card.add(scroll, "grow, wmin 0, hmin 160lp");
        for (String t : new String[] {"light", "dark", "high-contrast"}) {
            theme.addItem(new Option<>(t, ConsoleText.get("settings.theme." + t)));
        }
        for (int p : new int[] {FIT, 100, 125, 150, 175, 200, 250, 300}) {
            scale.addItem(scaleOption(p));
        }
        section("look");
        row("theme", theme);
        row("scale", scale);
        row("reduceMotion", reduceMotion);

        section("sound");
        row("sound", sound);
        testChime = button("settings.testChime", () -> {
            if (live != null) {
                live.testChime(volume.getValue());
            }
        });
        row("volume", slider(volume, volumeWords, testChime));
        root.add(soundWhy, "skip, hidemode 3");
        row("speech", speech);
        row("speechVolume", slider(speechVolume, speechVolumeWords, null));
        root.add(speechWhy, "skip, hidemode 3");
        row("screenReader", screenReader);
        root.add(Widgets.label("settings.screenReader.note", "consoleSmall", ConsoleText.get("settings.screenReader.note")),
                "skip");
        row("singleKeys", singleKeys);

        section("times");
        for (int m : new int[] {1, 2, 3, 4, 5, 10, 15, 20, 30, 60}) {
            idleMinutes.addItem(Option.time(Duration.ofMinutes(m)));
        }
        row("idle", idleMinutes);
        for (int sec : new int[] {15, 30, 45, 60, 90, 120, 300, 600}) {
            idleAnswer.addItem(Option.time(Duration.ofSeconds(sec)));
        }
        row("idleAnswer", idleAnswer);
        for (int sec : new int[] {0, 10, 15, 20, 30, 45, 60, 90, 120, 300}) {
            warningSeconds.addItem(Option.time(Duration.ofSeconds(sec)));
        }
        row("warning", warningSeconds);

        section("printing");
        paper.addItem(new Option<>("a4", ConsoleText.get("settings.paper.a4")));
        paper.addItem(new Option<>("letter", ConsoleText.get("settings.paper.letter")));
        row("paper", paper);
        row("printer", printer);

        section("start");
        mode.addItem(new Option<>(Mode.KIOSK, ConsoleText.get("settings.mode.kiosk")));
        mode.addItem(new Option<>(Mode.ROOM, ConsoleText.get("settings.mode.room")));
        row("mode", mode);
        row("hubOn", hubOn);
        row("phoneRemote", phoneRemote);
        root.add(Widgets.label("settings.network.note", "consoleSmall", ConsoleText.get("settings.network.note")), "skip");
        row("decksAllDay", decksAllDay);

        sound.addItemListener(e -> explainDisabled());
        speech.addItemListener(e -> explainDisabled());
        volume.addChangeListener(e -> volumeWords.setText(ConsoleText.format("settings.scale.percent", volume.getValue())));
        speechVolume.addChangeListener(
                e -> speechVolumeWords.setText(ConsoleText.format("settings.scale.percent", speechVolume.getValue())));
        card.add(Widgets.paragraph("settings.note", "consoleSmall", ConsoleText.get("settings.note")), "wmin 0");
        card.add(message, "left");
        problems.setVisible(false);
        card.add(problems, "growx, wmin 0, hidemode 3");
        JPanel buttons = new JPanel(new MigLayout(Widgets.NESTED + ", gap 16lp"));
        buttons.setOpaque(false);
        buttons.add(button("settings.save", this::save), "h 52lp!");
        buttons.add(button("settings.changePin", onChangePin), "h 52lp!");
        buttons.add(button("settings.close", onClose), "h 52lp!");
        card.add(buttons, "right");
        // Tab to a row below the fold brings it up (the rows scroll; the buttons stay).
        java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().addPropertyChangeListener("focusOwner", e -> {
            if (e.getNewValue() instanceof JComponent c && SwingUtilities.isDescendingFrom(c, root)) {
                c.scrollRectToVisible(new java.awt.Rectangle(0, 0, c.getWidth(), c.getHeight()));
            }
        });
    }

    /** The running kiosk the saved settings apply to at once (none: the room console). */
    public void setLive(LiveSettings live) {
        Edt.check();
        this.live = live;
        explainDisabled();
    }

    private void section(String key) {
        root.add(Widgets.label("settings.section." + key, "consoleSubheading", ConsoleText.get("settings.section." + key)),
                "span 2, left, gaptop 16");
    }

    private void row(String key, JComponent field) {
        JLabel label = Widgets.label("settings." + key + ".label", null, ConsoleText.get("settings." + key));
        JComponent named = field instanceof JPanel p ? (JComponent) p.getComponent(0) : field;
        label.setLabelFor(named);
        named.setName("settings." + key);
        named.getAccessibleContext().setAccessibleName(ConsoleText.get("settings." + key));
        root.add(label);
        root.add(field, field instanceof Toggle ? TOGGLE : field instanceof JPanel ? "growx 0" : WIDE);
    }

    /** A slider, its value in words, and optionally a button after them, on one line. */
    private static JPanel slider(JSlider s, JLabel words, JButton after) {
        JPanel line = new JPanel(new MigLayout(Widgets.NESTED + ", gap 12lp", "[240lp!][60lp!][]"));
        line.setOpaque(false);
        s.setMajorTickSpacing(10);
        s.setSnapToTicks(false);
        line.add(s, "h 52lp!");
        line.add(words);
        if (after != null) {
            line.add(after, "h 52lp!");
        }
        return line;
    }

    /** Says beside a disabled control why it is disabled (chimes off, speech off, no audio device, no kiosk). */
    private void explainDisabled() {
        String soundReason = !sound.isSelected() ? "settings.why.chimesOff"
                : live == null ? "settings.why.roomConsole"
                : live.audioMissing() ? "settings.why.noAudio" : null;
        volume.setEnabled(sound.isSelected());
        testChime.setEnabled(soundReason == null);
        soundWhy.setText(soundReason == null ? "" : ConsoleText.get(soundReason));
        soundWhy.setVisible(soundReason != null);
        speechVolume.setEnabled(speech.isSelected());
        speechWhy.setText(speech.isSelected() ? "" : ConsoleText.get("settings.why.speechOff"));
        speechWhy.setVisible(!speech.isSelected());
    }

    private static Option<Integer> scaleOption(int percent) {
        return new Option<>(percent, percent == FIT ? ConsoleText.get("settings.scale.fit")
                : ConsoleText.format("settings.scale.percent", percent));
    }

    private JButton button(String key, Runnable r) {
        JButton b = new JButton(new AbstractAction(ConsoleText.get(key)) {
            @Override
            public void actionPerformed(ActionEvent e) {
                r.run();
            }
        });
        return Widgets.named(b, key, "console");
    }

    public JComponent component() {
        return card;
    }

    public JComponent initialFocus() {
        return theme;
    }

    /** Selects the entry with this value, adding one in words when the settings file has another (e.g. 110 %). */
    private static <T> void select(JComboBox<Option<T>> box, T value, java.util.function.Function<T, Option<T>> words) {
        for (int i = 0; i < box.getItemCount(); i++) {
            if (box.getItemAt(i).value().equals(value)) {
                box.setSelectedIndex(i);
                return;
            }
        }
        Option<T> extra = words.apply(value);
        box.addItem(extra);
        box.setSelectedItem(extra);
    }

    @SuppressWarnings("unchecked")
    private static <T> T chosen(JComboBox<Option<T>> box) {
        return ((Option<T>) box.getSelectedItem()).value();
    }

    /** Fills the fields from the settings; the printer list is looked up off the event thread. */
    public void load() {
        Edt.check();
        select(theme, settings.get(SettingsStore.THEME), t -> new Option<>(t, t));
        int percent = settings.get(SettingsStore.UI_SCALE).map(f -> Theme.clampScale((int) Math.round(f * 100))).orElse(FIT);
        select(scale, percent, SettingsPanel::scaleOption);
        sound.setSelected(settings.get(SettingsStore.SOUND));
        volume.setValue(settings.get(SettingsStore.VOLUME));
        speech.setSelected(settings.get(SettingsStore.SPEECH));
        speechVolume.setValue(settings.get(SettingsStore.SPEECH_VOLUME));
        volumeWords.setText(ConsoleText.format("settings.scale.percent", volume.getValue()));
        speechVolumeWords.setText(ConsoleText.format("settings.scale.percent", speechVolume.getValue()));
        screenReader.setSelected(settings.get(SettingsStore.SCREEN_READER));
        hubOn.setSelected(settings.get(SettingsStore.HUB_ON));
        phoneRemote.setSelected(settings.get(SettingsStore.PHONE_REMOTE));
        singleKeys.setSelected(settings.get(SettingsStore.SINGLE_KEY_SHORTCUTS));
        select(idleMinutes, Duration.ofMinutes(Math.max(1, Math.min(60, settings.get(SettingsStore.IDLE_TIMEOUT).toMinutes()))),
                Option::time);
        select(idleAnswer, settings.get(SettingsStore.IDLE_ANSWER), Option::time);
        select(warningSeconds, Duration.ofSeconds(Math.min(600, settings.get(SettingsStore.WARNING_TIME).toSeconds())),
                Option::time);
        select(paper, settings.get(SettingsStore.PAPER), p -> new Option<>(p, p));
        select(mode, settings.get(SettingsStore.MODE), m -> new Option<>(m, m.name()));
        reduceMotion.setSelected(settings.get(SettingsStore.REDUCE_MOTION));
        decksAllDay.setSelected(settings.get(SettingsStore.DECKS_AVOID_REPEATS_ALL_DAY));
        String chosenPrinter = settings.get(SettingsStore.PRINTER);
        printer.removeAllItems();
        Option<String> systemDefault = new Option<>("", ConsoleText.get("settings.printer.default"));
        printer.addItem(systemDefault);
        if (!chosenPrinter.isEmpty()) {
            printer.addItem(new Option<>(chosenPrinter, chosenPrinter));
        }
        printer.setSelectedIndex(chosenPrinter.isEmpty() ? 0 : 1);
        explainDisabled();
        message.setText(" ");
        java.util.List<String> bad = settings.problems();
        problems.setVisible(!bad.isEmpty());
        Widgets.setParagraph(problems, bad.isEmpty() ? " "
                : ConsoleText.get("settings.problems") + "\n" + String.join("\n", bad));
        CompletableFuture.supplyAsync(() -> Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .map(PrintService::getName).toList()).thenAccept(names -> Edt.run(() -> {
                    for (String n : names) {
                        if (!n.equals(chosenPrinter)) {
                            printer.addItem(new Option<>(n, n));
                        }
                    }
                }));
    }

    /** Copies the fields into the settings, applies the look now, and writes the file off the event thread. */
    public void save() {
        Edt.check();
        settings.set(SettingsStore.THEME, chosen(theme));
        int chosenScale = chosen(scale);
        settings.set(SettingsStore.UI_SCALE, chosenScale == FIT ? java.util.Optional.empty()
                : java.util.Optional.of(chosenScale / 100.0));
        settings.set(SettingsStore.SOUND, sound.isSelected());
        settings.set(SettingsStore.REDUCE_MOTION, reduceMotion.isSelected());
        app.kindred.ui.Motion.setReduced(reduceMotion.isSelected());
        settings.set(SettingsStore.VOLUME, volume.getValue());
        settings.set(SettingsStore.SPEECH, speech.isSelected());
        settings.set(SettingsStore.SPEECH_VOLUME, speechVolume.getValue());
        settings.set(SettingsStore.SCREEN_READER, screenReader.isSelected());
        settings.set(SettingsStore.HUB_ON, hubOn.isSelected());
        settings.set(SettingsStore.PHONE_REMOTE, phoneRemote.isSelected());
        settings.set(SettingsStore.SINGLE_KEY_SHORTCUTS, singleKeys.isSelected());
        settings.set(SettingsStore.IDLE_TIMEOUT, chosen(idleMinutes));
        settings.set(SettingsStore.IDLE_ANSWER, chosen(idleAnswer));
        settings.set(SettingsStore.WARNING_TIME, chosen(warningSeconds));
        settings.set(SettingsStore.PAPER, chosen(paper));
        settings.set(SettingsStore.PRINTER, printer.getSelectedItem() == null ? "" : chosen(printer));
        settings.set(SettingsStore.MODE, chosen(mode));
        settings.set(SettingsStore.DECKS_AVOID_REPEATS_ALL_DAY, decksAllDay.isSelected());
        if (live != null) {
            live.apply(settings);
        }
        Theme chosen = Theme.parse(chosen(theme));
        int percent = Theme.scaleFor(chosenScale == FIT ? null : chosenScale, null);
        if (chosen != Theme.current() || percent != Theme.currentScalePercent()) {
            chosen.install(percent);
            for (java.awt.Window w : java.awt.Window.getWindows()) {
                SwingUtilities.updateComponentTreeUI(w);
            }
        }
        message.setText(ConsoleText.get("settings.saving"));
        CompletableFuture.runAsync(() -> {
            try {
                settings.save();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).whenComplete((ok, err) -> Edt.run(() -> {
            if (err != null) {
                LOG.log(Level.WARNING, "settings could not be saved", err);
                message.setText(ConsoleText.format("settings.failed", settings.file()));
            } else {
                message.setText(ConsoleText.get("settings.saved"));
            }
        }));
    }
}
