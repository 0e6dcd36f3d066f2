package app.kindred.ui;

import app.kindred.session.Partner;

/**
 * How each of the two people at the kiosk looks: partner A and partner B each keep one colour AND one shape all session long, so whose
 * turn it is never depends on colour alone. Roles (speaker, listener) move between them at a swap.
 */
public enum PartnerLook {
    A("partnerA", PartnerMark.Shape.CIRCLE, "partner.a"),
    B("partnerB", PartnerMark.Shape.DIAMOND, "partner.b");

    private final String colorKey;
    private final PartnerMark.Shape shape;
    private final String defaultNameKey;

    PartnerLook(String colorKey, PartnerMark.Shape shape, String defaultNameKey) {
        this.colorKey = colorKey;
        this.shape = shape;
        this.defaultNameKey = defaultNameKey;
    }

    /** The theme colour key, e.g. {@code partnerA} for {@code Kindred.partnerA}. */
    public String colorKey() {
        return colorKey;
    }

    public PartnerMark.Shape shape() {
        return shape;
    }

    /** "Partner A" / "Partner B" when no first name was given. */
    public String defaultName() {
        return Text.get(defaultNameKey);
    }

    /** The shape's name for screen readers ("circle", "diamond"). */
    public String shapeName() {
        return Text.get("shape." + shape.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The look of a partner of the session, or null for null (both, or nobody). The one mapping between the two. */
    public static PartnerLook of(Partner partner) {
        return partner == null ? null : partner == Partner.A ? A : B;
    }

    /** The session's partner who wears this look. */
    public Partner partner() {
        return this == A ? Partner.A : Partner.B;
    }

    public PartnerLook other() {
        return this == A ? B : A;
    }
}
