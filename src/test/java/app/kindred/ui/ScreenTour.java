package app.kindred.ui;

import app.kindred.ui.kiosk.ChooseScreen;
import app.kindred.ui.kiosk.KioskApp;
import app.kindred.ui.kiosk.WelcomeScreen;
import app.kindred.ui.kiosk.WhoScreen;
import java.util.List;
import java.util.function.Consumer;

/** The screens of the kiosk in a couple's order, each with the steps that bring it up (screenshots). */
final class ScreenTour {
    record Stop(String name, Consumer<KioskApp> go) {
    }

    private ScreenTour() {
    }

    static List<Stop> stops() {
        return List.of(
                new Stop("welcome", app -> app.navigator().show(WelcomeScreen.ID)),
                new Stop("who", app -> app.navigator().show(WhoScreen.ID)),
                new Stop("choose", app -> app.navigator().show(ChooseScreen.ID)));
    }
}
