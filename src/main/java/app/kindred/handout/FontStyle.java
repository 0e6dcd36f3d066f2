package app.kindred.handout;

/** The Roboto faces the PDFs use. MEDIUM is for headings and labels. */
public enum FontStyle {
    REGULAR("Roboto-Regular.ttf", false, false),
    ITALIC("Roboto-Italic.ttf", false, true),
    MEDIUM("Roboto-Medium.ttf", true, false),
    BOLD("Roboto-Bold.ttf", true, false),
    BOLD_ITALIC("Roboto-BoldItalic.ttf", true, true);

    final String robotoFile;
    final boolean heavy;
    final boolean italic;

    FontStyle(String robotoFile, boolean heavy, boolean italic) {
        this.robotoFile = robotoFile;
        this.heavy = heavy;
        this.italic = italic;
    }

    public static FontStyle of(boolean bold, boolean italic) {
        if (bold) {
            return italic ? BOLD_ITALIC : BOLD;
        }
        return italic ? ITALIC : REGULAR;
    }

    public FontStyle withBold() {
        return italic ? BOLD_ITALIC : BOLD;
    }

    public FontStyle withItalic() {
        return heavy ? BOLD_ITALIC : ITALIC;
    }
}
