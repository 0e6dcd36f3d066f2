package app.kindred.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kindred.session.Participants;
import app.kindred.session.Partner;
import app.kindred.session.SessionEngine;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Names and words never leave a kiosk: the status has nowhere to put them. */
class KioskStatusPrivacyTest {
    /** Every type a status may hold; a new String field (or any other) fails here first. */
    private static final Set<Class<?>> ALLOWED = Set.of(int.class, long.class, boolean.class, PrintState.class,
            SharedFirstName.class);

    @Test
    void theStatusHasNoFreeTextFieldButTheProgrammeIdAndASharedFirstName() {
        for (RecordComponent c : KioskStatus.class.getRecordComponents()) {
            if (c.getName().equals("programmeId")) {
                continue;
            }
            assertThat(ALLOWED).as(c.getName()).contains(c.getType());
        }
        assertThat(SharedFirstName.class.getRecordComponents()).hasSize(1);
        assertThat(Arrays.stream(RoomState.class.getRecordComponents()).filter(c -> c.getType() == String.class))
                .extracting(RecordComponent::getName).containsExactly("programmeId");
    }

    @Test
    void theProgrammeIdAndTheSharedNameCannotCarryASentence() {
        assertThatThrownBy(() -> new SharedFirstName("Sam I feel unheard")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SharedFirstName("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KioskStatus("I feel unheard when", 0, 0, 0, false, false, false, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new SharedFirstName("Anne-Marie").value()).isEqualTo("Anne-Marie");
        assertThat(new SharedFirstName("Zoë").value()).isEqualTo("Zoë");
    }

    @Test
    void whatAKioskSendsHoldsNoneOfTheCouplesNamesOrWords() throws Exception {
        SessionEngine engine = new SessionEngine(app.kindred.session.Fixtures.evening(), app.kindred.session.Fixtures.library(),
                new Participants("Rosalind", "Benedikt"), app.kindred.session.SessionSettings.defaults()
                        .withMode(app.kindred.session.Mode.ROOM), app.kindred.session.SystemClock.INSTANCE);
        engine.start();
        engine.addReflection(Partner.A, "What did you hear?", "a secret worry about money", true);
        KioskLink k = new KioskLink("tcp://127.0.0.1:1", new DeviceCredentials("abcdef0123456789", new byte[32], null, null),
                engine, "evening", app.kindred.session.SystemClock.INSTANCE, null, null);
        try {
            String json = Wire.json().writeValueAsString(k.status());
            assertThat(json).doesNotContain("Rosalind", "Benedikt", "secret", "money", "hear");
            assertThat(json).contains("\"programmeId\":\"evening\"");
        } finally {
            k.close();
        }
    }
}
