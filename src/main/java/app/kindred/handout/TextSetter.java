package app.kindred.handout;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks styled text into lines that fit a width. Text is set ragged-right: without hyphenation,
 * justified lines on a worksheet's measure open uneven gaps between words, and a straight left edge
 * with a ragged right is what readability guides recommend (including for dyslexic readers).
 *
 * <p>Lines break at spaces, after hyphens, dashes and slashes, and between any two characters of
 * scripts written without spaces (Chinese, Japanese, Thai, emoji). A word longer than the line is cut
 * between characters (never inside a base + combining mark cluster), so nothing is ever lost or drawn
 * past the margin. Each character gets its font from {@link FontLibrary}; a character no font can draw
 * becomes {@link TextPolicy#substitute(int)} in {@link Theme#SUBSTITUTE}. Right-to-left text is put in
 * visual order per line (Unicode bidi) and Arabic letters take their joined presentation forms, so the
 * page reads correctly and text extraction returns the logical order.
 */
final class TextSetter {
    private final FontLibrary fonts;

    TextSetter(FontLibrary fonts) {
        this.fonts = fonts;
    }

    /** A cluster: one base character with its marks, a space, or a hard line break. */
    private static final class Unit {
        static final int TEXT = 0;
        static final int SPACE = 1;
        static final int NEWLINE = 2;
        final int kind;
        final FontFace face;
        final StringBuilder text = new StringBuilder(2);
        final int colour;
        float width;
        boolean breakBefore;
        boolean breakAfter;

        Unit(int kind, FontFace face, int colour) {
            this.kind = kind;
            this.face = face;
            this.colour = colour;
        }
    }

    List<TextLine> set(List<Span> spans, float size, int colour, float maxWidth, boolean keepLineBreaks) {
        List<Unit> units = units(spans, size, colour, keepLineBreaks);
        return fill(units, size, Math.max(maxWidth, 1f));
    }

    List<TextLine> set(String text, FontStyle style, float size, int colour, float maxWidth) {
        return set(List.of(new Span(text, style)), size, colour, maxWidth, false);
    }

    /** Width of a single line of text, as it would be set. */
    float width(String text, FontStyle style, float size) {
        List<TextLine> lines = set(text, style, size, Theme.INK, Float.MAX_VALUE / 4);
        return lines.isEmpty() ? 0 : lines.get(0).width();
    }

    private List<Unit> units(List<Span> spans, float size, int colour, boolean keepLineBreaks) {
        List<Unit> units = new ArrayList<>();
        for (Span span : spans) {
            String text = shapeArabic(TextPolicy.clean(span.text(), keepLineBreaks, false));
            FontStyle style = span.style();
            FontFace spaceFace = fonts.primary(style);
            boolean joinNext = false;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (TextPolicy.isJoiner(cp)) {
                    joinNext = true; // not drawn; the next character stays on the line of the one before
                    continue;
                }
                boolean joined = joinNext;
                joinNext = false;
                if (cp == '\n') {
                    units.add(new Unit(Unit.NEWLINE, spaceFace, colour));
                    continue;
                }
                if (cp == ' ') {
                    Unit u = new Unit(Unit.SPACE, spaceFace, colour);
                    u.text.append(' ');
                    u.width = spaceFace.advance(' ') * size / 1000f;
                    units.add(u);
                    continue;
                }
                Unit last = units.isEmpty() ? null : units.get(units.size() - 1);
                boolean attaches = (joined || TextPolicy.attachesToPrevious(cp)) && last != null && last.kind == Unit.TEXT;
                if (attaches && joined) {
                    last.breakAfter = false;
                }
                if (attaches && last.face != null && last.face.covers(cp)) {
                    last.text.appendCodePoint(cp);
                    last.width += last.face.advance(cp) * size / 1000f;
                    continue;
                }
                FontFace face = TextPolicy.needsSubstitute(cp) ? null : faceFor(cp, style, units);
                Unit u;
                if (face == null) {
                    FontFace sub = fonts.primary(FontStyle.REGULAR);
                    u = new Unit(Unit.TEXT, sub, Theme.SUBSTITUTE);
                    u.text.append(TextPolicy.substitute(cp));
                    u.width = sub.width(u.text.toString(), size);
                } else {
                    u = new Unit(Unit.TEXT, face, colour);
                    u.text.appendCodePoint(cp);
                    u.width = face.advance(cp) * size / 1000f;
                }
                if (!attaches && TextPolicy.breaksAnywhere(cp)) {
                    u.breakBefore = true;
                    u.breakAfter = true;
                }
                if (cp == '-' || cp == 0x2010 || cp == 0x2013 || cp == 0x2014 || cp == '/') {
                    u.breakAfter = true;
                }
                units.add(u);
            }
        }
        return units;
    }

    /**
     * Punctuation and other characters shared by several scripts (a Devanagari danda, an ideographic
     * full stop) come from the font of the text they follow when it has them, so they match it.
     */
    private FontFace faceFor(int cp, FontStyle style, List<Unit> units) {
        FontFace previous = null;
        for (int k = units.size() - 1; k >= 0 && k >= units.size() - 3; k--) {
            Unit u = units.get(k);
            if (u.kind == Unit.TEXT && u.colour != Theme.SUBSTITUTE) {
                previous = u.face;
                break;
            }
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        boolean shared = script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED;
        if (shared && previous != null && previous != fonts.primary(style) && previous.covers(cp) && !Character.isDigit(cp)) {
            return previous;
        }
        FontFace face = fonts.resolve(cp, style);
        return face == null && previous != null && previous.covers(cp) ? previous : face;
    }

    private static String shapeArabic(String text) {
        boolean arabic = false;
        for (int i = 0; i < text.length() && !arabic; i++) {
            char c = text.charAt(i);
            arabic = c >= 0x0600 && c <= 0x06FF || c >= 0x0750 && c <= 0x077F;
        }
        if (!arabic) {
            return text;
        }
        try {
            return new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK
                    | ArabicShaping.TEXT_DIRECTION_LOGICAL).shape(text);
        } catch (ArabicShapingException | RuntimeException e) {
            return text; // unshaped letters are still the right letters
        }
    }

    private List<TextLine> fill(List<Unit> units, float size, float maxWidth) {
        List<TextLine> lines = new ArrayList<>();
        List<Unit> line = new ArrayList<>();
        float lineWidth = 0;
        int i = 0;
        int n = units.size();
        while (i < n) {
            Unit u = units.get(i);
            if (u.kind == Unit.NEWLINE) {
                lines.add(finish(line, size));
                line = new ArrayList<>();
                lineWidth = 0;
                i++;
                continue;
            }
            if (u.kind == Unit.SPACE) {
                if (!line.isEmpty() && line.get(line.size() - 1).kind != Unit.SPACE) {
                    line.add(u);
                    lineWidth += u.width;
                }
                i++;
                continue;
            }
            // A box: units up to the next break opportunity.
            int end = i + 1;
            float boxWidth = u.width;
            while (end < n && !units.get(end - 1).breakAfter) {
                Unit next = units.get(end);
                if (next.kind != Unit.TEXT || next.breakBefore) {
                    break;
                }
                boxWidth += next.width;
                end++;
            }
            if (lineWidth + boxWidth <= maxWidth || contentWidth(line) == 0 && boxWidth <= maxWidth) {
                for (int k = i; k < end; k++) {
                    line.add(units.get(k));
                }
                lineWidth += boxWidth;
                i = end;
                continue;
            }
            if (contentWidth(line) > 0) {
                lines.add(finish(line, size));
                line = new ArrayList<>();
                lineWidth = 0;
                if (boxWidth <= maxWidth) {
                    continue;
                }
            }
            // A box wider than a whole line: cut it between clusters.
            for (int k = i; k < end; k++) {
                for (Unit c : narrow(units.get(k), size, maxWidth)) {
                    if (lineWidth + c.width > maxWidth && !line.isEmpty()) {
                        lines.add(finish(line, size));
                        line = new ArrayList<>();
                        lineWidth = 0;
                    }
                    line.add(c);
                    lineWidth += c.width;
                }
            }
            i = end;
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(finish(line, size));
        }
        return lines;
    }

    /** A unit wider than a whole line (a substitute in a narrow table column) is cut into characters. */
    private static List<Unit> narrow(Unit u, float size, float maxWidth) {
        if (u.width <= maxWidth || u.text.codePointCount(0, u.text.length()) < 2) {
            return List.of(u);
        }
        List<Unit> parts = new ArrayList<>();
        String text = u.text.toString();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Unit part = new Unit(Unit.TEXT, u.face, u.colour);
            part.text.appendCodePoint(cp);
            part.width = u.face.advance(cp) * size / 1000f;
            parts.add(part);
        }
        return parts;
    }

    private static float contentWidth(List<Unit> line) {
        float w = 0;
        for (Unit u : line) {
            if (u.kind == Unit.TEXT) {
                w += u.width;
            }
        }
        return w;
    }

    private static TextLine finish(List<Unit> line, float size) {
        while (!line.isEmpty() && line.get(line.size() - 1).kind == Unit.SPACE) {
            line.remove(line.size() - 1);
        }
        Unit[] visual = line.toArray(new Unit[0]);
        reorderForBidi(visual);
        List<Piece> pieces = new ArrayList<>();
        float x = 0;
        StringBuilder run = new StringBuilder();
        FontFace face = null;
        int colour = 0;
        float runStart = 0;
        for (Unit u : visual) {
            if (face != null && (u.face != face || u.colour != colour)) {
                pieces.add(new Piece(face, run.toString(), size, colour, runStart, x - runStart));
                run.setLength(0);
                face = null;
            }
            if (face == null) {
                face = u.face;
                colour = u.colour;
                runStart = x;
            }
            run.append(u.text);
            x += u.width;
        }
        if (face != null && run.length() > 0) {
            pieces.add(new Piece(face, run.toString(), size, colour, runStart, x - runStart));
        }
        return new TextLine(pieces, x, size);
    }

    /** In right-to-left runs, brackets and similar pairs are drawn as their mirror image: "(" shows as ")". */
    private static void mirror(Unit u) {
        if (u.kind != Unit.TEXT || u.colour == Theme.SUBSTITUTE || u.text.length() > 2) {
            return;
        }
        int cp = u.text.codePointAt(0);
        if (Character.charCount(cp) == u.text.length() && Character.isMirrored(cp)) {
            int m = com.ibm.icu.lang.UCharacter.getMirror(cp);
            if (m != cp && u.face.covers(m)) {
                u.text.setLength(0);
                u.text.appendCodePoint(m);
            }
        }
    }

    private static void reorderForBidi(Unit[] units) {
        boolean rtl = false;
        for (Unit u : units) {
            if (u.kind == Unit.TEXT && TextPolicy.isRightToLeft(u.text.codePointAt(0))) {
                rtl = true;
                break;
            }
        }
        if (!rtl) {
            return;
        }
        StringBuilder text = new StringBuilder();
        int[] starts = new int[units.length];
        for (int k = 0; k < units.length; k++) {
            starts[k] = text.length();
            // One code point per unit is enough for the bidi classes; substitutes count as neutral.
            int cp = units[k].text.codePointAt(0);
            text.appendCodePoint(units[k].colour == Theme.SUBSTITUTE ? '?' : cp);
        }
        try {
            Bidi bidi = new Bidi(text.toString(), Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
            if (bidi.isLeftToRight()) {
                return;
            }
            byte[] levels = new byte[units.length];
            for (int k = 0; k < units.length; k++) {
                levels[k] = (byte) bidi.getLevelAt(starts[k]);
                if ((levels[k] & 1) == 1) {
                    mirror(units[k]);
                }
            }
            Bidi.reorderVisually(levels, 0, units, 0, units.length);
        } catch (RuntimeException e) {
            // Logical order is still every character, just not mirrored.
        }
    }
}
