package app.kindred.handout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Parsed fonts, shared by every document in the process: Roboto (from the flatlaf-fonts-roboto jar)
 * or Source Serif 4 (titles, headings and stems; in the jar) first, then a fallback chain of system
 * TrueType fonts found under /usr/share/fonts. Each font is parsed once, on first need; a document
 * then only pays for subsetting what it used.
 *
 * <p>Which font draws a code point: the wanted style's own face (for a serif style, then Roboto in
 * the matching style); then a font made for the character's
 * script (Noto Sans &lt;Script&gt;, Droid Sans Fallback for Chinese/Japanese/Korean); then Noto Sans,
 * DejaVu Sans, Noto Sans Math/Symbols/Symbols2, Symbola (emoji and symbols), Droid Sans Fallback.
 * Bold and italic use the fallback's bold/italic file when one exists. A font "has" a character only
 * if its cmap maps it to a glyph other than 0. No font at all: {@code null}, and the caller draws
 * {@link TextPolicy#substitute(int)}.
 *
 * <p>fontbox's TrueTypeFont is not thread-safe, so all rendering runs under {@link #lock()}.
 */
public final class FontLibrary {
    private static final Logger LOG = Logger.getLogger(FontLibrary.class.getName());
    private static final List<String> GENERIC = List.of(
            "NotoSans-Regular.ttf", "DejaVuSans.ttf", "NotoSansMath-Regular.ttf",
            "NotoSansSymbols-Regular.ttf", "NotoSansSymbols2-Regular.ttf", "Symbola_hint.ttf",
            "Symbola.ttf", "DroidSansFallbackFull.ttf", "DroidSansFallback.ttf", "DejaVuSansMono.ttf");
    private static final FontFace NONE = null;

    private static volatile FontLibrary shared;

    private final List<Path> roots;
    private final ReentrantLock lock = new ReentrantLock();
    private final EnumMap<FontStyle, FontFace> primary = new EnumMap<>(FontStyle.class);
    private final Map<String, FontFace> parsed = new HashMap<>();
    private final Map<String, Boolean> failed = new HashMap<>();
    private final EnumMap<FontStyle, Map<Integer, FontFace>> resolved = new EnumMap<>(FontStyle.class);
    private Map<String, Path> index;
    private FormFont formFont;

    public FontLibrary(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    /** The process-wide library over /usr/share/fonts (and ~/.fonts, /usr/local/share/fonts). */
    public static FontLibrary shared() {
        FontLibrary s = shared;
        if (s == null) {
            synchronized (FontLibrary.class) {
                if (shared == null) {
                    shared = new FontLibrary(systemRoots());
                }
                s = shared;
            }
        }
        return s;
    }

    /**
     * A library of its own over the system fonts, for rendering on another thread in parallel
     * (fonts are parsed again: docs/TIMINGS.md).
     */
    public static FontLibrary separate() {
        return new FontLibrary(systemRoots());
    }

    private static List<Path> systemRoots() {
        List<Path> roots = new ArrayList<>(List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts")));
        String home = System.getProperty("user.home");
        if (home != null) {
            roots.add(Path.of(home, ".fonts"));
            roots.add(Path.of(home, ".local", "share", "fonts"));
        }
        return roots;
    }

    /** Held while a document is built and saved. */
    public ReentrantLock lock() {
        return lock;
    }

    /** The full (not subset) font for typed form-field text, shared as ready-made PDF objects. */
    FormFont formFont() {
        if (formFont == null) {
            formFont = new FormFont(this);
        }
        return formFont;
    }

    /** The face of this style (Roboto or Source Serif 4); always available (they ship inside the application). */
    public FontFace primary(FontStyle style) {
        FontFace face = primary.get(style);
        if (face == null) {
            try (InputStream in = FontLibrary.class.getClassLoader().getResourceAsStream(style.resource)) {
                if (in == null) {
                    throw new IllegalStateException("a font is missing from the class path: " + style.resource);
                }
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
                // Roboto's composition of base + mark into one glyph gets a wrong ToUnicode entry from PDFBox
                // (t + U+0323 extracts as U+04C0); without substitution every character stays extractable.
                ttf.setEnableGsub(false);
                face = new FontFace(style.fontName(), ttf);
            } catch (IOException e) {
                throw new IllegalStateException("a font could not be read: " + style.resource, e);
            }
            primary.put(style, face);
        }
        return face;
    }

    /** The face that draws this code point in this style, or null when no installed font can. */
    public FontFace resolve(int cp, FontStyle style) {
        FontFace first = primary(style);
        if (first.covers(cp)) {
            return first;
        }
        if (style.isSerif()) {
            // What the serif lacks is drawn as the text around it would be: Roboto, then the chain.
            return resolve(cp, style.sans());
        }
        Map<Integer, FontFace> cache = resolved.computeIfAbsent(style, s -> new HashMap<>());
        if (cache.containsKey(cp)) {
            return cache.get(cp);
        }
        FontFace found = NONE;
        if (style != FontStyle.REGULAR && primary(FontStyle.REGULAR).covers(cp)) {
            found = primary(FontStyle.REGULAR);
        } else {
            for (String file : candidates(cp)) {
                found = variantCovering(file, style, cp);
                if (found != null) {
                    break;
                }
            }
        }
        cache.put(cp, found);
        return found;
    }

    private FontFace variantCovering(String file, FontStyle style, int cp) {
        for (String name : variants(file, style)) {
            FontFace face = load(name);
            if (face != null && face.covers(cp)) {
                return face;
            }
        }
        return null;
    }

    private static List<String> candidates(int cp) {
        List<String> list = new ArrayList<>();
        Character.UnicodeScript script;
        try {
            script = Character.UnicodeScript.of(cp);
        } catch (IllegalArgumentException e) {
            script = Character.UnicodeScript.UNKNOWN;
        }
        switch (script) {
            case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO -> list.add("DroidSansFallbackFull.ttf");
            case ARABIC -> list.addAll(List.of("NotoSansArabic-Regular.ttf", "NotoNaskhArabic-Regular.ttf", "DejaVuSans.ttf"));
            case COMMON, INHERITED, UNKNOWN, LATIN, GREEK, CYRILLIC -> { }
            default -> {
                String camel = camel(script.name());
                list.add("NotoSans" + camel + "-Regular.ttf");
                list.add("NotoSerif" + camel + "-Regular.ttf");
            }
        }
        list.addAll(GENERIC);
        return list;
    }

    private static String camel(String upperSnake) {
        StringBuilder b = new StringBuilder();
        for (String part : upperSnake.split("_")) {
            if (!part.isEmpty()) {
                b.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return b.toString();
    }

    private static List<String> variants(String file, FontStyle style) {
        List<String> names = new ArrayList<>(3);
        String base;
        String bold;
        String italic;
        String boldItalic;
        if (file.endsWith("-Regular.ttf")) {
            base = file.substring(0, file.length() - "-Regular.ttf".length());
            bold = base + "-Bold.ttf";
            italic = base + "-Italic.ttf";
            boldItalic = base + "-BoldItalic.ttf";
        } else if (file.equals("DejaVuSans.ttf")) {
            bold = "DejaVuSans-Bold.ttf";
            italic = "DejaVuSans-Oblique.ttf";
            boldItalic = "DejaVuSans-BoldOblique.ttf";
        } else {
            return List.of(file);
        }
        switch (style) {
            case BOLD_ITALIC -> names.addAll(List.of(boldItalic, bold));
            case BOLD, MEDIUM -> names.add(bold);
            case ITALIC -> names.add(italic);
            default -> { }
        }
        names.add(file);
        return names;
    }

    /** Parses a system font by file name, once; null if it is not installed or unreadable. */
    private FontFace load(String fileName) {
        FontFace face = parsed.get(fileName);
        if (face != null || failed.containsKey(fileName)) {
            return face;
        }
        Path path = index().get(fileName);
        if (path == null) {
            failed.put(fileName, true);
            return null;
        }
        try {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
            // PDFBox's own glyph substitution for complex scripts (Devanagari, Bengali, ...) is partial and
            // writes ToUnicode maps that lose letters on extraction. Unshaped but complete is the better trade.
            ttf.setEnableGsub(false);
            face = new FontFace(fileName.replace(".ttf", ""), ttf);
            parsed.put(fileName, face);
            return face;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "font could not be read, skipping it: " + path, e);
            failed.put(fileName, true);
            return null;
        }
    }

    private Map<String, Path> index() {
        if (index == null) {
            Map<String, Path> found = new HashMap<>();
            for (Path root : roots) {
                if (!Files.isDirectory(root)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(root, 5)) {
                    files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttf"))
                            .forEach(p -> found.putIfAbsent(p.getFileName().toString(), p));
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.WARNING, "could not list fonts under " + root, e);
                }
            }
            index = found;
        }
        return index;
    }
}
