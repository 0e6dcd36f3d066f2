package app.kindred.ui.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kindred.persist.SettingsStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PinStoreTest {
    @TempDir
    Path home;

    private Path file() {
        return home.resolve("settings.properties");
    }

    private PinStore store() {
        return new PinStore(SettingsStore.load(file()));
    }

    @Test
    void noPinIsSetOnFirstRunAndNothingVerifies() {
        PinStore store = store();
        assertThat(store.isSet()).isFalse();
        assertThat(store.verify("0000".toCharArray())).isFalse();
    }

    @Test
    void theRightPinVerifiesAndAWrongOneDoesNotAfterARestart() {
        store().set("4711".toCharArray());
        PinStore later = store();
        assertThat(later.verify("4711".toCharArray())).isTrue();
        assertThat(later.verify("4712".toCharArray())).isFalse();
        assertThat(later.verify("47110".toCharArray())).isFalse();
    }

    @Test
    void theSettingsFileHoldsASaltedHashAndNeverTheClearPin() throws Exception {
        store().set("93475".toCharArray());
        String text = Files.readString(file(), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("93475");
        assertThat(text).containsPattern("(?m)^pinHash=[0-9a-f]{64}$");
        assertThat(text).containsPattern("(?m)^pinSalt=[0-9a-f]{32}$");
    }

    @Test
    void theSamePinSetTwiceGetsADifferentSaltAndHash() throws Exception {
        PinStore store = store();
        store.set("4711".toCharArray());
        String first = Files.readString(file());
        store.set("4711".toCharArray());
        assertThat(Files.readString(file())).isNotEqualTo(first);
    }

    @Test
    void aResetAtTheMachineTakesEffectInTheRunningKiosk() {
        PinStore running = store();
        running.set("4711".toCharArray());
        store().clear(); // what `kindred reset-pin` does, from another process
        assertThat(running.isSet()).isFalse();
        assertThat(running.verify("4711".toCharArray())).isFalse();
    }

    @Test
    void aPinIsFourToEightDigits() {
        assertThat(PinStore.isAcceptable("123".toCharArray())).isFalse();
        assertThat(PinStore.isAcceptable("1234".toCharArray())).isTrue();
        assertThat(PinStore.isAcceptable("12345678".toCharArray())).isTrue();
        assertThat(PinStore.isAcceptable("123456789".toCharArray())).isFalse();
        assertThat(PinStore.isAcceptable("12a4".toCharArray())).isFalse();
        assertThatThrownBy(() -> store().set("12".toCharArray())).isInstanceOf(IllegalArgumentException.class);
    }
}
