package app.kindred.ui.console;

import app.kindred.ui.ConsoleText;
import app.kindred.handout.Paper;
import app.kindred.handout.RenderOptions;
import app.kindred.handout.SessionReports;
import app.kindred.handout.SummaryRenderer;
import app.kindred.persist.DataFolders;
import app.kindred.persist.SettingsStore;
import app.kindred.print.PrintRequest;
import app.kindred.print.Printing;
import app.kindred.session.SessionRecord;
import app.kindred.ui.Edt;
import app.kindred.ui.Widgets;
import java.awt.event.ActionEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;

/**
 * The facilitator's group summary of the session (agenda as run, times, extensions; never a
 * couple's words): saved as a PDF under {@code summaries/} in the data folder, or printed (a missing
 * printer leaves it in the outbox). Rendering, saving and printing run off the event thread.
 */
public final class GroupSummaryPanel {
    private static final Logger LOG = Logger.getLogger(GroupSummaryPanel.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

    private final Supplier<SessionRecord> record;
    private final DataFolders folders;
    private final SettingsStore settings;
    private final JPanel root = new JPanel(new MigLayout("insets 24, wrap 1, fillx, gapy 12", "[grow, fill]"));
    private final JLabel heading = Widgets.label("summary.heading", "consoleHeading", ConsoleText.get("summary.heading"));
    private final JTextArea status = Widgets.paragraph("summary.status", null, ConsoleText.get("summary.intro"));
    private final Action save;
    private final Action print;
    private boolean busy;

    public GroupSummaryPanel(Supplier<SessionRecord> record, DataFolders folders, SettingsStore settings, Runnable onClose) {
        Edt.check();
        this.record = record;
        this.folders = folders;
        this.settings = settings;
        root.setName("summary");
        Widgets.style(root, "consoleCard");
        root.getAccessibleContext().setAccessibleName(ConsoleText.get("summary.heading"));
        save = action("summary.save", () -> run(false));
        print = action("summary.print", () -> run(true));
        root.add(heading);
        root.add(status, "wmin 10, w 560lp");
        JPanel buttons = new JPanel(new MigLayout(Widgets.NESTED + ", gap 8"));
        buttons.setOpaque(false);
        buttons.add(Widgets.button("summary.save", "console", save));
        buttons.add(Widgets.button("summary.print", "console", print));
        buttons.add(Widgets.button("summary.close", "console", action("summary.close", onClose)));
        root.add(buttons, "right");
    }

    private static Action action(String key, Runnable r) {
        return new AbstractAction(ConsoleText.get(key)) {
            @Override
            public void actionPerformed(ActionEvent e) {
                r.run();
            }
        };
    }

    public JComponent component() {
        return root;
    }

    public void reset() {
        Widgets.setParagraph(status, ConsoleText.get("summary.intro"));
    }

    /** Renders the PDF (never with the couple's words), saves it, and prints it if asked. */
    private void run(boolean andPrint) {
        if (busy) {
            return;
        }
        busy = true;
        save.setEnabled(false);
        print.setEnabled(false);
        Widgets.setParagraph(status, ConsoleText.get("summary.working"));
        SessionRecord r = record.get().withoutPrivateWords();
        Paper paper = Paper.parse(settings.get(SettingsStore.PAPER));
        String printer = settings.get(SettingsStore.PRINTER);
        CompletableFuture.supplyAsync(() -> write(r, paper))
                .thenCompose(pdf -> andPrint ? print(pdf, r, printer) : CompletableFuture.completedFuture(
                        ConsoleText.format("summary.saved", pdf)))
                .whenComplete((text, err) -> Edt.run(() -> {
                    busy = false;
                    save.setEnabled(true);
                    print.setEnabled(true);
                    if (err != null) {
                        LOG.log(Level.WARNING, "group summary failed", err);
                        Widgets.setParagraph(status, ConsoleText.get("summary.failed"));
                    } else {
                        Widgets.setParagraph(status, text);
                    }
                }));
    }

    private Path write(SessionRecord r, Paper paper) {
        try {
            byte[] pdf = new SummaryRenderer().group(SessionReports.forGroup(r),
                    RenderOptions.defaults().withPaper(paper == null ? Paper.A4 : paper));
            Path dir = Files.createDirectories(folders.root().resolve("summaries"));
            String slug = r.programmeId() == null ? "session" : r.programmeId().replaceAll("[^A-Za-z0-9-]", "-");
            Path file = dir.resolve("group-" + slug + "-" + LocalDateTime.now().format(STAMP) + ".pdf");
            Files.write(file, pdf);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CompletableFuture<String> print(Path pdf, SessionRecord r, String printer) {
        Printing printing = Printing.open(folders);
        String title = ConsoleText.format("summary.printTitle", r.programmeTitle());
        return printing.print(new PrintRequest(pdf, title, printer, 1)).outcome()
                .thenApply(o -> o.facilitatorMessage(Locale.getDefault()) + "\n" + ConsoleText.format("summary.saved", pdf))
                .whenComplete((o, e) -> printing.close());
    }
}
