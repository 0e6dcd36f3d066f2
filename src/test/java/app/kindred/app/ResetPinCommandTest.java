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

class ResetPinCommandTest {
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

        SettingsStore after = SettingsStore.load(home.resolve("settings.properties"));
        assertThat(after.hasPin()).isFalse();
        assertThat(after.get(SettingsStore.THEME)).isEqualTo("dark");
        assertThat(pins.isSet()).as("a running kiosk sees the reset").isFalse();
        assertThat(Files.readString(home.resolve("settings.properties"))).doesNotContain("pinHash=");
    }

    @Test
    void withNoPinSetItSaysSoAndSucceeds() {
        assertThat(Main.run("reset-pin")).isZero();
    }
}
