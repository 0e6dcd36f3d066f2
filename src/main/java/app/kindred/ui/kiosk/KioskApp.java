package app.kindred.ui.kiosk;

import app.kindred.content.ContentLibrary;
import app.kindred.ui.CommandAction;
import app.kindred.ui.Edt;
import app.kindred.ui.KioskFrame;
import app.kindred.ui.Navigator;
import app.kindred.ui.PartnerLook;
import app.kindred.ui.Text;
import java.awt.Dimension;
import java.awt.GraphicsDevice;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The couple's kiosk, wired: one frame, the screens in the order a couple meets them, and the
 * actions that move between them. Build and use it on the event thread.
 */
public final class KioskApp {
    private static final Logger LOG = Logger.getLogger(KioskApp.class.getName());

    private final KioskFrame frame;
    private final Navigator navigator = new Navigator();
    private final Couple couple = new Couple();
    private final WelcomeScreen welcome;

    private KioskApp(CompletableFuture<ContentLibrary> library) {
        Edt.check();
        frame = new KioskFrame(Text.get("app.title"), navigator);
        CommandAction<Object> start = CommandAction.of("start", () -> navigator.show(WhoScreen.ID));
        welcome = new WelcomeScreen(start);
        navigator.register(WelcomeScreen.ID, () -> welcome);
        navigator.register(WhoScreen.ID, () -> new WhoScreen(
                CommandAction.of("back", () -> navigator.show(WelcomeScreen.ID)),
                CommandAction.of("continue", this::namesEntered)));
        navigator.register(ChooseScreen.ID, () -> {
            ChooseScreen s = new ChooseScreen(CommandAction.of("back", () -> navigator.show(WhoScreen.ID)), this::chosen);
            library.thenAccept(lib -> Edt.run(() -> s.setLibrary(lib)));
            return s;
        });
        library.whenComplete((lib, err) -> {
            if (err != null) {
                LOG.log(Level.WARNING, "content could not be loaded", err);
            }
        });
    }

    /** Builds the kiosk; content may still be loading (the welcome screen does not need it). */
    public static KioskApp create(CompletableFuture<ContentLibrary> library) {
        return new KioskApp(library);
    }

    public void show(GraphicsDevice device, Dimension windowed) {
        navigator.show(WelcomeScreen.ID);
        frame.show(device, windowed);
    }

    public KioskFrame frame() {
        return frame;
    }

    public Navigator navigator() {
        return navigator;
    }

    public Couple couple() {
        return couple;
    }

    private void namesEntered() {
        WhoScreen who = navigator.screen(WhoScreen.ID, WhoScreen.class);
        for (PartnerLook p : PartnerLook.values()) {
            couple.name(p, who.name(p));
        }
        navigator.show(ChooseScreen.ID);
    }

    private void chosen(Choice choice) {
        couple.choose(choice);
    }
}
