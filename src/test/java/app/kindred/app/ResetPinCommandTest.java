package app.kindred.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.persist.SettingsStore;
import app.kindred.ui.lock.PinStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kindred reset-pin}: what it does to the settings, and what it tells the person at the machine. */
class ResetPinCommandTest extends CommandLineTest {
    @TempDir
    Path home;

    @BeforeEach
    void useTempHome() {
        System.setProperty("kindred.home", home.toString());
    }

    @AfterEach
    void restore() {
        System.clearProperty("kindred.home");
    }

    @Test
    void aForgottenPinIsRemovedAndOtherSettingsStay() throws Exception {
        SettingsStore settings = SettingsStore.load(home.resolve("settings.properties"));
        settings.set(SettingsStore.THEME, "dark");
        PinStore pins = new PinStore(settings);
        pins.set("8642".toCharArray());

        assertThat(Main.run("reset-pin")).isZero();

        String said = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(said).contains("The facilitator PIN is removed from " + home.resolve("settings.properties"))
                .contains("choose a new PIN");
        SettingsStore after = SettingsStore.load(home.resolve("settings.properties"));
        assertThat(after.hasPin()).isFalse();
        assertThat(after.get(SettingsStore.THEME)).isEqualTo("dark");
        assertThat(pins.isSet()).as("a running kiosk sees the reset").isFalse();
        assertThat(Files.readString(home.resolve("settings.properties"))).doesNotContain("pinHash=");
    }

    @Test
    void withNoPinSetItSaysSoAndSucceeds() {
        assertThat(Main.run("reset-pin")).isZero();

        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("No facilitator PIN is set (" + home.resolve("settings.properties") + ").")
                .contains("The console asks for a new PIN the next time it opens.")
                .doesNotContain("is removed");
    }
}
