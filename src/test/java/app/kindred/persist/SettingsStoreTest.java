package app.kindred.persist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kindred.session.DeckMemory;
import app.kindred.session.Mode;
import app.kindred.session.SessionSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path home;

    @Test
    void noFileMeansEveryDefault() {
        SettingsStore s = SettingsStore.load(new DataFolders(home));
        assertThat(s.get(SettingsStore.WARNING_TIME)).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.get(SettingsStore.MODE)).isEqualTo(Mode.KIOSK);
        assertThat(s.get(SettingsStore.THEME)).isEqualTo("light");
        assertThat(s.problems()).isEmpty();
    }

    @Test
    void valuesSurviveSaveAndLoad() throws IOException {
        DataFolders folders = new DataFolders(home);
        SettingsStore s = SettingsStore.load(folders);
        s.set(SettingsStore.WARNING_TIME, Duration.ZERO);
        s.set(SettingsStore.MODE, Mode.ROOM);
        s.set(SettingsStore.PRINTER, "Hall printer: 2nd floor");
        s.set(SettingsStore.UI_SCALE, java.util.Optional.of(1.5));
        s.save();
        SettingsStore again = SettingsStore.load(folders);
        assertThat(again.get(SettingsStore.WARNING_TIME)).isZero();
        assertThat(again.get(SettingsStore.MODE)).isEqualTo(Mode.ROOM);
        assertThat(again.get(SettingsStore.PRINTER)).isEqualTo("Hall printer: 2nd floor");
        assertThat(again.get(SettingsStore.UI_SCALE)).contains(1.5);
        assertThat(Files.readString(folders.settingsFile())).contains("warningTime=0s", "mode=room");
    }

    @Test
    void theUiScaleIsAutoUnlessANumberIsGiven() throws IOException {
        DataFolders folders = new DataFolders(home);
        SettingsStore s = SettingsStore.load(folders);
        assertThat(s.get(SettingsStore.UI_SCALE)).isEmpty();
        s.save();
        assertThat(Files.readString(folders.settingsFile())).contains("# uiScale: auto or a number from 1.0 to 3.0 (default auto)");

        Files.writeString(folders.settingsFile(), "uiScale=AUTO\n");
        assertThat(SettingsStore.load(folders).get(SettingsStore.UI_SCALE)).isEmpty();
        Files.writeString(folders.settingsFile(), "uiScale=1.25\n");
        assertThat(SettingsStore.load(folders).get(SettingsStore.UI_SCALE)).contains(1.25);
        Files.writeString(folders.settingsFile(), "uiScale=0.5\n");
        SettingsStore tooSmall = SettingsStore.load(folders);
        assertThat(tooSmall.get(SettingsStore.UI_SCALE)).isEmpty();
        assertThat(tooSmall.problems()).singleElement().asString().contains("uiScale", "auto or a number from 1.0 to 3.0");
    }

    @Test
    void aBadLineIsLoggedOnceHoweverOftenTheFileIsRead() throws IOException {
        Path f = new DataFolders(home).settingsFile();
        Files.writeString(f, "idleTimeout=never-" + System.nanoTime() + "\n");
        java.util.List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(SettingsStore.class.getName());
        java.util.logging.Handler h = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                logged.add(r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(h);
        try {
            for (int i = 0; i < 3; i++) {
                assertThat(SettingsStore.load(f).problems()).hasSize(1);
            }
        } finally {
            log.removeHandler(h);
        }
        assertThat(logged).singleElement().asString().contains("idleTimeout", "Using 3m");
    }

    @Test
    void aBadValueFallsBackToItsDefaultAndIsReported() throws IOException {
        Path f = new DataFolders(home).settingsFile();
        Files.writeString(f, "warningTime=soon\ntheme=dark\nuiScale=9\n");
        SettingsStore s = SettingsStore.load(f);
        assertThat(s.get(SettingsStore.WARNING_TIME)).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.get(SettingsStore.THEME)).isEqualTo("dark");
        assertThat(s.get(SettingsStore.UI_SCALE)).as("auto, the default").isEmpty();
        assertThat(s.problems()).hasSize(2).anySatisfy(p -> assertThat(p).contains("warningTime", "soon", "30s"));
    }

    @Test
    void anInvalidValueCannotBeSet() {
        SettingsStore s = SettingsStore.load(new DataFolders(home));
        assertThatThrownBy(() -> s.set(SettingsStore.TIME_OUT_LENGTH, Duration.ofSeconds(1)))
                .hasMessageContaining("timeOutLength");
    }

    @Test
    void sessionSettingsFollowTheStore() {
        SettingsStore s = SettingsStore.load(new DataFolders(home));
        s.set(SettingsStore.DECKS_AVOID_REPEATS_ALL_DAY, false);
        s.set(SettingsStore.TIME_OUT_LENGTH, Duration.ofMinutes(20));
        SessionSettings ss = s.sessionSettings(new DeckMemory());
        assertThat(ss.deckMemory()).isNull();
        assertThat(ss.timeOutLength()).isEqualTo(Duration.ofMinutes(20));
    }
}
