package app.kindred.persist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facilitator PIN never fails open, and only a PIN worth having can be chosen. */
class PinStoreTest {
    private static final char[] PIN = "739184".toCharArray();
    @TempDir
    Path home;

    private PinStore store() {
        return new PinStore(new DataFolders(home));
    }

    @Test
    void withNoPinNothingOpensTheConsole() {
        PinStore store = store();
        assertThat(store.state()).isEqualTo(PinStore.State.NOT_SET);
        assertThat(store.verify("".toCharArray())).isFalse();
        assertThat(store.verify("000000".toCharArray())).isFalse();
    }

    @Test
    void theRightPinVerifiesAfterARestartAndTheFileIsOwnerOnlyAndHoldsNoPin() throws Exception {
        store().set(PIN);
        PinStore later = store();
        assertThat(later.verify(PIN)).isTrue();
        assertThat(later.verify("739185".toCharArray())).isFalse();
        assertThat(later.verify("7391840".toCharArray())).isFalse();
        Path file = home.resolve("pin");
        assertThat(Files.readString(file)).doesNotContain("739184");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aLostOrBrokenSettingsFileKeepsThePin() throws Exception {
        store().set(PIN);
        Files.writeString(home.resolve("settings.properties"), "theme=\\u00zz broken\n");
        assertThat(store().verify(PIN)).isTrue();
        Files.delete(home.resolve("settings.properties"));
        assertThat(store().verify(PIN)).isTrue();
    }

    @Test
    void anUnreadableOrDamagedPinFileKeepsTheConsoleLocked() throws Exception {
        store().set(PIN);
        Path file = home.resolve("pin");
        Files.writeString(file, "garbage");
        assertThat(store().state()).isEqualTo(PinStore.State.UNREADABLE);
        assertThat(store().verify(PIN)).isFalse();
        Files.delete(file);
        Files.createDirectory(file); // cannot be read as a file at all
        assertThat(store().state()).isEqualTo(PinStore.State.UNREADABLE);
        assertThat(store().verify(PIN)).isFalse();
    }

    @Test
    void trivialShortAndNonDigitPinsAreRefused() {
        for (String bad : new String[] {"111111", "123456", "987654", "890123", "121212", "123123", "112112",
                "000001", "2468"}) {
            assertThat(PinStore.problem(bad.toCharArray())).as(bad).isIn(PinStore.Problem.TRIVIAL, PinStore.Problem.LENGTH);
        }
        assertThat(PinStore.problem("12345a".toCharArray())).isEqualTo(PinStore.Problem.NOT_DIGITS);
        assertThat(PinStore.problem("1234567890123".toCharArray())).isEqualTo(PinStore.Problem.LENGTH);
        assertThat(PinStore.problem("739184".toCharArray())).isNull();
        assertThat(PinStore.problem("205817".toCharArray())).isNull();
    }

    @Test
    void aPinFromTheOldSettingsFileMovesToItsOwnFileAndLeavesTheSettings() throws Exception {
        // What the settings held before 0.2 for the PIN 4711 (PBKDF2, 120,000 rounds).
        byte[] salt = new byte[16];
        javax.crypto.SecretKeyFactory f = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        byte[] hash = f.generateSecret(new javax.crypto.spec.PBEKeySpec("4711".toCharArray(), salt, 120_000, 256)).getEncoded();
        Files.writeString(home.resolve("settings.properties"), "theme=dark\npinHash="
                + java.util.HexFormat.of().formatHex(hash) + "\npinSalt=" + java.util.HexFormat.of().formatHex(salt) + "\n");
        PinStore store = store();
        assertThat(store.verify("4711".toCharArray())).isTrue();
        String settings = Files.readString(home.resolve("settings.properties"), StandardCharsets.UTF_8);
        assertThat(settings).doesNotContain("pinHash=").contains("theme=dark");
    }

    @Test
    void theLockoutIsSavedAndSettingAPinClearsIt() throws Exception {
        PinStore store = store();
        store.saveLockout(new PinStore.Lockout(3, 2, Instant.ofEpochMilli(5000)));
        assertThat(store().lockout()).isEqualTo(new PinStore.Lockout(3, 2, Instant.ofEpochMilli(5000)));
        store.set(PIN);
        assertThat(store().lockout()).isEqualTo(PinStore.Lockout.NONE);
    }
}
