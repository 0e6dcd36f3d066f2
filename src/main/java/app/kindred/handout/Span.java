package app.kindred.handout;

/** A piece of inline text in one style, before line breaking. */
public record Span(String text, FontStyle style) {
    public Span {
        text = text == null ? "" : text;
        style = style == null ? FontStyle.REGULAR : style;
    }

    public static Span plain(String text) {
        return new Span(text, FontStyle.REGULAR);
    }
}
