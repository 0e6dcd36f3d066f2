package app.kindred.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.session.Partner;
import org.junit.jupiter.api.Test;

/** The one mapping between the session's partners and how they look on screen. */
class PartnerLookTest {
    @Test
    void eachPartnerKeepsItsOwnLookBothWays() {
        assertThat(PartnerLook.of(Partner.A)).isEqualTo(PartnerLook.A);
        assertThat(PartnerLook.of(Partner.B)).isEqualTo(PartnerLook.B);
        assertThat(PartnerLook.of(null)).isNull();
        for (Partner p : Partner.values()) {
            assertThat(PartnerLook.of(p).partner()).isEqualTo(p);
        }
    }
}
