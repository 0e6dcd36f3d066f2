package app.kindred.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A font configuration file for Java (the documented {@code sun.awt.fontconfig} property) that names
 * the system fonts behind Java's logical fonts and their fallbacks directly, instead of asking
 * fontconfig at every start.
 *
 * <p>Why: with fontconfig, Java reads its cached answer for 170-odd fonts and, when a family such as
 * Roboto is first looked up by name, opens each of them in turn; with this file it knows some
 * thirty, named by path: less time before the first frame (measured with
 * {@code -Dkindred.traceStartup=true}; docs/TIMINGS.md). Swing's fonts are composites of Roboto and the logical
 * font's fonts, so the fallbacks listed here are what shows a name typed in another script:
 * DejaVu (Latin, Greek, Cyrillic), Noto Sans for each major script, Droid Sans Fallback (Chinese,
 * Japanese, Korean) and Symbola, as installed by {@code scripts/setup.sh} on Debian. Only files that
 * exist are listed; without DejaVu (another system), no file is written and fontconfig is asked as
 * usual.
 */
final class JavaFontConfig {
    static final String PROPERTY = "sun.awt.fontconfig";
    private static final Path TRUETYPE = Path.of("/usr/share/fonts/truetype");
    private static final String[][] FACES = {
        // logical font, its four styles as DejaVu files
        {"dialog", "dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", "dejavu/DejaVuSans-Oblique.ttf", "dejavu/DejaVuSans-BoldOblique.ttf"},
        {"sansserif", "dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", "dejavu/DejaVuSans-Oblique.ttf", "dejavu/DejaVuSans-BoldOblique.ttf"},
        {"serif", "dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf", "dejavu/DejaVuSerif-Italic.ttf", "dejavu/DejaVuSerif-BoldItalic.ttf"},
        {"monospaced", "dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf", "dejavu/DejaVuSansMono-Oblique.ttf", "dejavu/DejaVuSansMono-BoldOblique.ttf"},
        {"dialoginput", "dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf", "dejavu/DejaVuSansMono-Oblique.ttf", "dejavu/DejaVuSansMono-BoldOblique.ttf"},
    };
    private static final String[] STYLES = {"plain", "bold", "italic", "bolditalic"};
    /** Tried in this order for a character the logical font lacks. */
    private static final String[] FALLBACKS = {
        "noto/NotoSans-Regular.ttf",
        "noto/NotoSansArabic-Regular.ttf", "noto/NotoSansHebrew-Regular.ttf", "noto/NotoSansSyriac-Regular.ttf",
        "noto/NotoSansThaana-Regular.ttf", "noto/NotoSansDevanagari-Regular.ttf", "noto/NotoSansBengali-Regular.ttf",
        "noto/NotoSansGurmukhi-Regular.ttf", "noto/NotoSansGujarati-Regular.ttf", "noto/NotoSansOriya-Regular.ttf",
        "noto/NotoSansTamil-Regular.ttf", "noto/NotoSansTelugu-Regular.ttf", "noto/NotoSansKannada-Regular.ttf",
        "noto/NotoSansMalayalam-Regular.ttf", "noto/NotoSansSinhala-Regular.ttf", "noto/NotoSansThai-Regular.ttf",
        "noto/NotoSansLao-Regular.ttf", "noto/NotoSansKhmer-Regular.ttf", "noto/NotoSansMyanmar-Regular.ttf",
        "noto/NotoSansGeorgian-Regular.ttf", "noto/NotoSansArmenian-Regular.ttf", "noto/NotoSansEthiopic-Regular.ttf",
        "noto/NotoSansMongolian-Regular.ttf", "noto/NotoSansCherokee-Regular.ttf",
        "noto/NotoSansCanadianAboriginal-Regular.ttf", "noto/NotoSansTifinagh-Regular.ttf", "noto/NotoSansYi-Regular.ttf",
        "droid/DroidSansFallbackFull.ttf",
        "noto/NotoSansSymbols-Regular.ttf", "noto/NotoSansSymbols2-Regular.ttf", "noto/NotoSansMath-Regular.ttf",
        "ancient-scripts/Symbola_hint.ttf",
    };

    private JavaFontConfig() {
    }

    /**
     * Writes the configuration into {@code folder} (only when it changed) and returns its path, or
     * null when the fonts it needs are not installed here.
     */
    static Path write(Path folder) throws IOException {
        return write(folder, TRUETYPE);
    }

    static Path write(Path folder, Path truetype) throws IOException {
        String text = text(truetype);
        if (text == null) {
            return null;
        }
        Path file = folder.resolve("fontconfig.properties");
        if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.ISO_8859_1).equals(text)) {
            return file;
        }
        Files.createDirectories(folder);
        Path part = folder.resolve("fontconfig.properties.part" + ProcessHandle.current().pid());
        try {
            Files.writeString(part, text, StandardCharsets.ISO_8859_1);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
        return file;
    }

    /** The file's text, or null if a DejaVu face is missing. */
    static String text(Path truetype) {
        Map<String, Path> files = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder();
        out.append("# Written by Kindred at start-up (app.kindred.ui.JavaFontConfig); rewritten when fonts change.\n");
        out.append("version=1\n");
        for (String[] face : FACES) {
            for (int s = 0; s < STYLES.length; s++) {
                Path path = truetype.resolve(face[s + 1]);
                if (!Files.isRegularFile(path)) {
                    return null;
                }
                String name = name(path);
                files.put(name, path);
                out.append(face[0]).append('.').append(STYLES[s]).append(".latin-1=").append(name).append('\n');
            }
        }
        out.append("sequence.allfonts=latin-1\n");
        List<String> fallbacks = new ArrayList<>();
        for (String f : FALLBACKS) {
            Path path = truetype.resolve(f);
            if (Files.isRegularFile(path)) {
                String key = "f" + fallbacks.size();
                fallbacks.add(key);
                String name = name(path);
                files.put(name, path);
                out.append("allfonts.").append(key).append('=').append(name).append('\n');
            }
        }
        if (!fallbacks.isEmpty()) {
            out.append("sequence.fallback=").append(String.join(",", fallbacks)).append('\n');
        }
        files.forEach((name, path) -> out.append("filename.").append(name.replace(' ', '_')).append('=')
                .append(path.toAbsolutePath()).append('\n'));
        return out.toString();
    }

    /** A face name made from the file name ("DejaVuSans-Bold.ttf" gives "DejaVuSans Bold"). */
    private static String name(Path file) {
        String base = file.getFileName().toString();
        return base.substring(0, base.lastIndexOf('.')).replace('-', ' ');
    }
}
