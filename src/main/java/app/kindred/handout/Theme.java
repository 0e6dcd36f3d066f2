package app.kindred.handout;

/**
 * Every colour, size and distance the PDFs use, in one place. Colours are 0xRRGGBB; lengths are PDF
 * points (1/72 inch). The palette is deliberately small: near-black ink, a muted grey for secondary
 * text, one calm teal accent with a pale tint, and a mid grey for lines people write on. Nothing
 * large is filled with colour: a solid band uses toner and prints as a dark grey block in black and
 * white, so the page header is a thin accent rule with the title in ink.
 */
public final class Theme {
    private Theme() {
    }

    // Palette.
    public static final int INK = 0x1A1C20;
    public static final int MUTED = 0x6B717E;
    public static final int ACCENT = 0x2F6F6A;
    public static final int ACCENT_DARK = 0x24524F;
    public static final int TINT = 0xEAF2F0;
    /** Lines to write on: mid grey (about 55 % black), visible on a photocopy, quieter than the text. */
    public static final int WRITE_LINE = 0x8C9199;
    public static final int RULE = 0xDDE1E6;
    public static final int TABLE_HEAD = 0xF2F4F6;
    public static final int SUBSTITUTE = 0x9A6B2F;

    // Page frame: outer margins hold the footer; content sits inside them.
    public static final float MARGIN_SIDE = 58f;
    public static final float MARGIN_TOP = 54f;
    public static final float MARGIN_BOTTOM = 40f;
    public static final float FOOTER_HEIGHT = 34f;
    /** The page-1 header: kicker, title, and a rule under them; no filled band. */
    public static final float BAND_HEIGHT = 70f;

    // Type scale (Roboto). Body text is ragged-right, see TextSetter.
    public static final float BODY_SIZE = 10.5f;
    /**
     * The measure of running text (paragraphs, lists, stems, headings): about 66-72 characters of
     * Roboto at {@link #BODY_SIZE}, inside the 60-80 a workbook aims for. Tables and write-in areas
     * use the full width between the margins.
     */
    public static final float MEASURE = 340f;
    public static final float LEADING = 1.38f;
    public static final float TITLE_SIZE = 22f;
    public static final float H1_SIZE = 18f;
    public static final float H2_SIZE = 14f;
    public static final float H3_SIZE = 12f;
    public static final float LABEL_SIZE = 9.5f;
    public static final float SMALL_SIZE = 7.5f;
    public static final float TABLE_SIZE = 9.5f;
    public static final float QUOTE_SIZE = 11f;

    // Vertical rhythm.
    public static final float PARAGRAPH_GAP = 7f;
    public static final float HEADING_GAP_ABOVE = 14f;
    public static final float HEADING_GAP_BELOW = 5f;
    public static final float LIST_INDENT = 16f;
    public static final float QUOTE_PAD = 8f;
    public static final float QUOTE_BAR = 3f;
    public static final float CELL_PAD = 5f;

    // Worksheets.
    /** 9 mm between lines to write on: room for ordinary handwriting. */
    public static final float WRITE_LINE_GAP = 25.5f;
    public static final float WRITE_LINE_WIDTH = 0.6f;
    /** At least this many lines for every write-in area (per partner where there are two). */
    public static final int MIN_WRITE_LINES = 4;
    public static final float CHECKBOX = 10f;
    public static final float PLANNER_ROW = 22f;
    public static final float FIELD_FONT_SIZE = 11f;

    public static float[] rgb(int colour) {
        return new float[] {((colour >> 16) & 0xFF) / 255f, ((colour >> 8) & 0xFF) / 255f, (colour & 0xFF) / 255f};
    }
}
