package app.kindred.ui.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PinStoreTest {
    private final MapPinSettings settings = new MapPinSettings();
    private final PinStore store = new PinStore(settings);

    @Test
    void noPinIsSetOnFirstRunAndNothingVerifies() {
        assertThat(store.isSet()).isFalse();
        assertThat(store.verify("0000".toCharArray())).isFalse();
    }

    @Test
    void theRightPinVerifiesAndAWrongOneDoesNot() {
        store.set("4711".toCharArray());
        assertThat(store.verify("4711".toCharArray())).isTrue();
        assertThat(store.verify("4712".toCharArray())).isFalse();
        assertThat(store.verify("47110".toCharArray())).isFalse();
    }

    @Test
    void onlyASaltedHashWithAtLeast100kIterationsIsStored() {
        store.set("4711".toCharArray());
        assertThat(settings.values).containsOnlyKeys(PinStore.HASH_KEY, PinStore.SALT_KEY, PinStore.ITERATIONS_KEY);
        assertThat(settings.values.values()).noneMatch(v -> v.contains("4711"));
        assertThat(Integer.parseInt(settings.values.get(PinStore.ITERATIONS_KEY))).isGreaterThanOrEqualTo(100_000);
        assertThat(Base64.getDecoder().decode(settings.values.get(PinStore.HASH_KEY))).hasSize(32);
        assertThat(Base64.getDecoder().decode(settings.values.get(PinStore.SALT_KEY))).hasSizeGreaterThanOrEqualTo(16);
    }

    @Test
    void theSamePinSetTwiceGetsADifferentSalt() {
        store.set("4711".toCharArray());
        String first = settings.values.get(PinStore.SALT_KEY) + settings.values.get(PinStore.HASH_KEY);
        store.set("4711".toCharArray());
        assertThat(settings.values.get(PinStore.SALT_KEY) + settings.values.get(PinStore.HASH_KEY)).isNotEqualTo(first);
    }

    @Test
    void clearingRemovesThePinSoTheNextOpenAsksForANewOne() {
        store.set("4711".toCharArray());
        store.clear();
        assertThat(store.isSet()).isFalse();
        assertThat(settings.values).isEmpty();
    }

    @Test
    void aWeakenedOrDamagedStoredHashIsNotTrusted() {
        store.set("4711".toCharArray());
        settings.values.put(PinStore.ITERATIONS_KEY, "1000");
        assertThat(store.isSet()).isFalse();
        settings.values.put(PinStore.ITERATIONS_KEY, "210000");
        settings.values.put(PinStore.HASH_KEY, "not base64 !");
        assertThat(store.verify("4711".toCharArray())).isFalse();
    }

    @Test
    void aPinIsFourToEightDigits() {
        assertThat(PinStore.isAcceptable("123".toCharArray())).isFalse();
        assertThat(PinStore.isAcceptable("1234".toCharArray())).isTrue();
        assertThat(PinStore.isAcceptable("12345678".toCharArray())).isTrue();
        assertThat(PinStore.isAcceptable("123456789".toCharArray())).isFalse();
        assertThat(PinStore.isAcceptable("12a4".toCharArray())).isFalse();
        assertThatThrownBy(() -> store.set("12".toCharArray())).isInstanceOf(IllegalArgumentException.class);
    }
}
