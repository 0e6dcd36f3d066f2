package app.kindred.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.persist.DataFolders;
import app.kindred.persist.PinStore;
import app.kindred.persist.SettingsStore;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** set-pin and reset-pin, at the machine: the kiosk never ends up without a PIN. */
class ResetPinCommandTest {
    @TempDir
    Path home;
    private final InputStream stdin = System.in;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void useTempHome() {
        System.setProperty("kindred.home", home.toString());
    }

    @AfterEach
    void restore() {
        System.clearProperty("kindred.home");
        System.setIn(stdin);
    }

    private int run(String typed, String... args) {
        System.setIn(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)));
        CommandLine cmd = new CommandLine(new Main());
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    private PinStore pins() {
        return new PinStore(new DataFolders(home));
    }

    @Test
    void setPinSetsAPinTypedTwiceAndSaysHowToOpenTheConsole() {
        assertThat(run("739184\n739184\n", "set-pin")).isZero();
        assertThat(out.toString()).contains("The facilitator PIN is set").contains("Ctrl+Shift+K");
        assertThat(pins().verify("739184".toCharArray())).isTrue();
    }

    @Test
    void setPinRefusesATrivialPinTwoThatDifferAndReplacingOne() {
        assertThat(run("123456\n123456\n", "set-pin")).isEqualTo(1);
        assertThat(err.toString()).contains("too easy to guess");
        assertThat(run("739184\n739185\n", "set-pin")).isEqualTo(1);
        assertThat(err.toString()).contains("The two PINs differ");
        assertThat(pins().state()).isEqualTo(PinStore.State.NOT_SET);
        assertThat(run("739184\n739184\n", "set-pin")).isZero();
        assertThat(run("205817\n205817\n", "set-pin")).isEqualTo(1);
        assertThat(err.toString()).contains("already set").contains("reset-pin");
        assertThat(pins().verify("739184".toCharArray())).isTrue();
    }

    @Test
    void resetPinReplacesAForgottenPinEndsTheLockoutAndKeepsOtherSettings() throws Exception {
        SettingsStore settings = SettingsStore.load(home.resolve("settings.properties"));
        settings.set(SettingsStore.THEME, "dark");
        settings.save();
        pins().set("739184".toCharArray());
        pins().saveLockout(new PinStore.Lockout(2, 3, Instant.now().plusSeconds(3600)));

        assertThat(run("205817\n205817\n", "reset-pin")).isZero();

        assertThat(out.toString()).contains("The facilitator PIN is set");
        assertThat(pins().verify("205817".toCharArray())).isTrue();
        assertThat(pins().verify("739184".toCharArray())).isFalse();
        assertThat(pins().lockout()).isEqualTo(PinStore.Lockout.NONE);
        assertThat(SettingsStore.load(home.resolve("settings.properties")).get(SettingsStore.THEME)).isEqualTo("dark");
    }

    @Test
    void resetPinWithNothingTypedKeepsTheOldPin() {
        pins().set("739184".toCharArray());
        assertThat(run("", "reset-pin")).isEqualTo(1);
        assertThat(err.toString()).contains("No PIN was given").contains("The old PIN (if any) still holds");
        assertThat(pins().verify("739184".toCharArray())).isTrue();
    }
}
