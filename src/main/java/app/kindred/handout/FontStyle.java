package app.kindred.handout;

/**
 * The faces the PDFs use: Roboto for body text and labels (MEDIUM is for labels), Source Serif 4
 * (shipped in the jar beside its OFL licence, the reading serif of the screens) for titles,
 * headings and sentence stems.
 */
public enum FontStyle {
    REGULAR(Faces.ROBOTO + "Roboto-Regular.ttf", false, false),
    ITALIC(Faces.ROBOTO + "Roboto-Italic.ttf", false, true),
    MEDIUM(Faces.ROBOTO + "Roboto-Medium.ttf", true, false),
    BOLD(Faces.ROBOTO + "Roboto-Bold.ttf", true, false),
    BOLD_ITALIC(Faces.ROBOTO + "Roboto-BoldItalic.ttf", true, true),
    SERIF(Faces.SERIF + "SourceSerif4-Regular.ttf", false, false),
    SERIF_ITALIC(Faces.SERIF + "SourceSerif4-Italic.ttf", false, true),
    SERIF_SEMIBOLD(Faces.SERIF + "SourceSerif4-SemiBold.ttf", true, false);

    /** Where the font files are on the class path. */
    private static final class Faces {
        static final String ROBOTO = "com/formdev/flatlaf/fonts/roboto/";
        static final String SERIF = "app/kindred/ui/fonts/";
    }

    final String resource;
    final boolean heavy;
    final boolean italic;

    FontStyle(String resource, boolean heavy, boolean italic) {
        this.resource = resource;
        this.heavy = heavy;
        this.italic = italic;
    }

    /** The file name without ".ttf", e.g. "Roboto-Medium". */
    String fontName() {
        return resource.substring(resource.lastIndexOf('/') + 1).replace(".ttf", "");
    }

    public static FontStyle of(boolean bold, boolean italic) {
        if (bold) {
            return italic ? BOLD_ITALIC : BOLD;
        }
        return italic ? ITALIC : REGULAR;
    }

    public boolean isSerif() {
        return this == SERIF || this == SERIF_ITALIC || this == SERIF_SEMIBOLD;
    }

    public FontStyle withBold() {
        if (isSerif()) {
            return SERIF_SEMIBOLD;
        }
        return italic ? BOLD_ITALIC : BOLD;
    }

    public FontStyle withItalic() {
        if (isSerif()) {
            return heavy ? SERIF_SEMIBOLD : SERIF_ITALIC;
        }
        return heavy ? BOLD_ITALIC : ITALIC;
    }

    /** The Roboto face a serif style falls back to for characters the serif lacks. */
    public FontStyle sans() {
        return switch (this) {
            case SERIF -> REGULAR;
            case SERIF_ITALIC -> ITALIC;
            case SERIF_SEMIBOLD -> MEDIUM;
            default -> this;
        };
    }

    /** The serif face for this style: there is no semibold italic, so heavy italic stays semibold. */
    public FontStyle serif() {
        if (isSerif()) {
            return this;
        }
        return heavy ? SERIF_SEMIBOLD : italic ? SERIF_ITALIC : SERIF;
    }
}
