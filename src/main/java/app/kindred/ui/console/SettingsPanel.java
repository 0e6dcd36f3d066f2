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
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;

/**
 * The console's settings: look, sound, times, paper, printer, mode, prompt decks. Saved to the
 * settings file (off the event thread) and read back from it at the next start. Theme and scale
 * apply at once; times apply to the next session.
 */
public final class SettingsPanel {
    private static final Logger LOG = Logger.getLogger(SettingsPanel.class.getName());
    /** The scale list's first entry: fit the scale to the screen (the setting's "auto"). */
    private static final int FIT = 0;

    private final SettingsStore settings;
    private final Runnable onClose;
    private final Runnable onChangePin;
    private final JPanel root = new JPanel(new MigLayout("insets 24, wrap 2, gap 16 10", "[right][grow, fill]"));
    private final JComboBox<String> theme = new JComboBox<>(new String[] {"light", "dark", "high-contrast"});
    /** Percent; {@link #FIT} fits the scale to the screen (the setting's "auto"). */
    private final JComboBox<Integer> scale = new JComboBox<>(new Integer[] {FIT, 100, 125, 150, 175, 200, 250, 300});
    private final JCheckBox sound = new JCheckBox();
    private final JCheckBox reduceMotion = new JCheckBox();
    private final JSpinner idleMinutes = new JSpinner(new SpinnerNumberModel(3, 1, 60, 1));
    private final JSpinner warningSeconds = new JSpinner(new SpinnerNumberModel(30, 0, 600, 5));
    private final JComboBox<String> paper = new JComboBox<>(new String[] {"a4", "letter"});
    private final JComboBox<String> printer = new JComboBox<>();
    private final JComboBox<String> mode = new JComboBox<>(new String[] {"kiosk", "room"});
    private final JCheckBox decksAllDay = new JCheckBox();
    private final JLabel message = Widgets.label("settings.message", "secondary", " ");
    /** Values in the settings file that were not used (the key, the bad value, the default used instead). */
    private final javax.swing.JTextArea problems = Widgets.paragraph("settings.problems", "warning", " ");

    public SettingsPanel(SettingsStore settings, Runnable onClose, Runnable onChangePin) {
        Edt.check();
        this.settings = settings;
        this.onClose = onClose;
        this.onChangePin = onChangePin;
        root.setName("settings");
        Widgets.style(root, "consoleCard");
        root.getAccessibleContext().setAccessibleName(ConsoleText.get("settings.heading"));
        root.add(Widgets.label("settings.heading", "consoleHeading", ConsoleText.get("settings.heading")), "span 2, left");
        row("theme", theme);
        scale.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index,
                    boolean selected, boolean focused) {
                String text = value == null ? " " : (Integer) value == FIT ? ConsoleText.get("settings.scale.fit")
                        : ConsoleText.format("settings.scale.percent", value);
                return super.getListCellRendererComponent(list, text, index, selected, focused);
            }
        });
        row("scale", scale);
        row("sound", sound);
        row("reduceMotion", reduceMotion);
        row("idle", idleMinutes);
        row("warning", warningSeconds);
        row("paper", paper);
        printer.setEditable(true);
        row("printer", printer);
        row("mode", mode);
        row("decksAllDay", decksAllDay);
        root.add(Widgets.label("settings.note", "consoleSmall", ConsoleText.get("settings.note")), "span 2, left");
        root.add(message, "span 2, left");
        problems.setVisible(false);
        root.add(problems, "span 2, growx, wmin 0, hidemode 3");
        JPanel buttons = new JPanel(new MigLayout(Widgets.NESTED + ", gap 8"));
        buttons.setOpaque(false);
        buttons.add(button("settings.save", this::save));
        buttons.add(button("settings.changePin", onChangePin));
        buttons.add(button("settings.close", onClose));
        root.add(buttons, "span 2, right");
    }

    private void row(String key, JComponent field) {
        JLabel label = Widgets.label("settings." + key + ".label", null, ConsoleText.get("settings." + key));
        label.setLabelFor(field);
        field.setName("settings." + key);
        field.getAccessibleContext().setAccessibleName(ConsoleText.get("settings." + key));
        root.add(label);
        root.add(field, field instanceof JCheckBox ? "growx 0" : "w 240lp!");
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
        return root;
    }

    public JComponent initialFocus() {
        return theme;
    }

    /** Fills the fields from the settings; the printer list is looked up off the event thread. */
    public void load() {
        Edt.check();
        theme.setSelectedItem(settings.get(SettingsStore.THEME));
        int percent = settings.get(SettingsStore.UI_SCALE).map(f -> Theme.clampScale((int) Math.round(f * 100))).orElse(FIT);
        if (((javax.swing.DefaultComboBoxModel<Integer>) scale.getModel()).getIndexOf(percent) < 0) {
            scale.addItem(percent); // a value typed into the settings file, e.g. 110
        }
        scale.setSelectedItem(percent);
        sound.setSelected(settings.get(SettingsStore.SOUND));
        reduceMotion.setSelected(settings.get(SettingsStore.REDUCE_MOTION));
        idleMinutes.setValue((int) Math.max(1, Math.min(60, settings.get(SettingsStore.IDLE_TIMEOUT).toMinutes())));
        warningSeconds.setValue((int) Math.min(600, settings.get(SettingsStore.WARNING_TIME).toSeconds()));
        paper.setSelectedItem(settings.get(SettingsStore.PAPER));
        mode.setSelectedItem(settings.get(SettingsStore.MODE).name().toLowerCase(java.util.Locale.ROOT));
        decksAllDay.setSelected(settings.get(SettingsStore.DECKS_AVOID_REPEATS_ALL_DAY));
        String chosen = settings.get(SettingsStore.PRINTER);
        printer.removeAllItems();
        printer.addItem(chosen);
        printer.setSelectedItem(chosen);
        message.setText(" ");
        java.util.List<String> bad = settings.problems();
        problems.setVisible(!bad.isEmpty());
        Widgets.setParagraph(problems, bad.isEmpty() ? " "
                : ConsoleText.get("settings.problems") + "\n" + String.join("\n", bad));
        CompletableFuture.supplyAsync(() -> Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .map(PrintService::getName).toList()).thenAccept(names -> Edt.run(() -> {
                    for (String n : names) {
                        if (!n.equals(chosen)) {
                            printer.addItem(n);
                        }
                    }
                }));
    }

    /** Copies the fields into the settings, applies the look now, and writes the file off the event thread. */
    public void save() {
        Edt.check();
        settings.set(SettingsStore.THEME, (String) theme.getSelectedItem());
        int chosenScale = (Integer) scale.getSelectedItem();
        settings.set(SettingsStore.UI_SCALE, chosenScale == FIT ? java.util.Optional.empty()
                : java.util.Optional.of(chosenScale / 100.0));
        settings.set(SettingsStore.SOUND, sound.isSelected());
        settings.set(SettingsStore.REDUCE_MOTION, reduceMotion.isSelected());
        app.kindred.ui.Motion.setReduced(reduceMotion.isSelected());
        settings.set(SettingsStore.IDLE_TIMEOUT, Duration.ofMinutes((Integer) idleMinutes.getValue()));
        settings.set(SettingsStore.WARNING_TIME, Duration.ofSeconds((Integer) warningSeconds.getValue()));
        settings.set(SettingsStore.PAPER, (String) paper.getSelectedItem());
        Object p = printer.getSelectedItem();
        settings.set(SettingsStore.PRINTER, p == null ? "" : p.toString().strip());
        settings.set(SettingsStore.MODE, Mode.valueOf(((String) mode.getSelectedItem()).toUpperCase(java.util.Locale.ROOT)));
        settings.set(SettingsStore.DECKS_AVOID_REPEATS_ALL_DAY, decksAllDay.isSelected());
        Theme chosen = Theme.parse((String) theme.getSelectedItem());
        int percent = Theme.scaleFor(chosenScale == FIT ? null : chosenScale, null);
        if (chosen != Theme.current() || percent != currentScale()) {
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

    private static int currentScale() {
        String s = System.getProperty("flatlaf.uiScale", "1");
        try {
            return (int) Math.round(Double.parseDouble(s) * 100);
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
