package app.kindred.handout;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * One parsed TrueType font, shared by every document. Not thread-safe: {@link FontLibrary} hands
 * faces out only under its render lock.
 */
public final class FontFace {
    private final String name;
    private final TrueTypeFont font;
    private final CmapLookup cmap;
    private final float unitsPerEm;
    private final Map<Integer, Float> advances = new HashMap<>();

    FontFace(String name, TrueTypeFont font) throws IOException {
        this.name = name;
        this.font = font;
        this.cmap = font.getUnicodeCmapLookup(false);
        this.unitsPerEm = font.getUnitsPerEm();
    }

    public String name() {
        return name;
    }

    TrueTypeFont font() {
        return font;
    }

    /** The font's own cmap decides: glyph 0 is .notdef, i.e. missing (hasGlyph is not reliable). */
    public boolean covers(int cp) {
        return cmap != null && cmap.getGlyphId(cp) != 0;
    }

    /** Advance width of a code point in units of 1/1000 em. */
    public float advance(int cp) {
        Float cached = advances.get(cp);
        if (cached != null) {
            return cached;
        }
        float w;
        try {
            w = font.getAdvanceWidth(cmap.getGlyphId(cp)) * 1000f / unitsPerEm;
        } catch (IOException | RuntimeException e) {
            w = 500f;
        }
        advances.put(cp, w);
        return w;
    }

    public float width(String text, float size) {
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += advance(cp);
            i += Character.charCount(cp);
        }
        return w * size / 1000f;
    }

    @Override
    public String toString() {
        return name;
    }
}
