package app.kindred.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSetterTest {
    private final TextSetter setter = new TextSetter(FontLibrary.shared());

    private List<TextLine> set(String text, float width) {
        FontLibrary.shared().lock().lock();
        try {
            return setter.set(List.of(Span.plain(text)), 10, Theme.INK, width, true);
        } finally {
            FontLibrary.shared().lock().unlock();
        }
    }

    private static String joined(List<TextLine> lines) {
        StringBuilder b = new StringBuilder();
        lines.forEach(l -> b.append(l.text()));
        return b.toString();
    }

    @Test
    void aWordLongerThanTheLineIsCutNeverLost() {
        String word = "x".repeat(2000);
        List<TextLine> lines = set("before " + word + " after", 200);
        assertThat(lines).allSatisfy(l -> assertThat(l.width()).isLessThanOrEqualTo(200f));
        assertThat(joined(lines).replace(" ", "")).isEqualTo("before" + word + "after");
    }

    @Test
    void linesBreakAtSpacesAndStayInsideTheWidth() {
        List<TextLine> lines = set("The first sentence of a hard conversation often decides the rest of it.", 120);
        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(lines).allSatisfy(l -> assertThat(l.width()).isLessThanOrEqualTo(120f));
        assertThat(lines.get(0).text()).doesNotEndWith(" ").doesNotStartWith(" ");
    }

    @Test
    void chineseBreaksBetweenCharacters() {
        List<TextLine> lines = set("我们一起度过的时光非常珍贵我们一起度过的时光非常珍贵", 60);
        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(joined(lines)).isEqualTo("我们一起度过的时光非常珍贵我们一起度过的时光非常珍贵");
    }

    @Test
    void charactersNoFontHasBecomeTheDocumentedSubstitute() {
        // U+E000 is private use, U+0378 is unassigned: no font draws them.
        String text = joined(set("a\uE000b\u0378c", 500));
        assertThat(text).isEqualTo("a[U+E000]b[U+0378]c");
        assertThat(set("a\uE000b", 500).get(0).pieces()).anySatisfy(p -> assertThat(p.colour()).isEqualTo(Theme.SUBSTITUTE));
    }

    @Test
    void controlsTabsAndOddSpacesAreNormalised() {
        assertThat(TextPolicy.clean("a\tb\u00A0c\u3000d\u0007e\u200Bf\r\ng\u2028h", true)).isEqualTo("a b c de" + "f\ng\nh");
        assertThat(TextPolicy.clean("a\nb", false)).isEqualTo("a b");
        assertThat(TextPolicy.clean(null, true)).isEmpty();
    }

    @Test
    void fallbackFontsDrawWhatRobotoLacks() {
        FontLibrary fonts = FontLibrary.shared();
        fonts.lock().lock();
        try {
            assertThat(fonts.resolve('a', FontStyle.REGULAR).name()).startsWith("Roboto");
            assertThat(fonts.resolve(0x05D0, FontStyle.REGULAR)).isNotNull(); // Hebrew alef
            assertThat(fonts.resolve(0x4E00, FontStyle.REGULAR)).isNotNull(); // CJK
            assertThat(fonts.resolve(0x2192, FontStyle.REGULAR)).isNotNull(); // arrow, not in Roboto
            assertThat(fonts.resolve(0x1F600, FontStyle.REGULAR)).isNotNull(); // emoji
            assertThat(fonts.resolve(0xE000, FontStyle.REGULAR)).isNull();
        } finally {
            fonts.lock().unlock();
        }
    }

    @Test
    void rightToLeftTextIsDrawnInVisualOrder() {
        List<TextLine> lines = set("abc \u05D0\u05D1\u05D2", 500);
        String drawn = lines.get(0).text();
        assertThat(drawn).isEqualTo("abc \u05D2\u05D1\u05D0");
        // Brackets inside a right-to-left run are mirrored, so "(x)" still reads as a parenthesis.
        assertThat(set("\u05D0 (\u05D1) \u05D2", 500).get(0).text()).isEqualTo("\u05D2 (\u05D1) \u05D0");
    }

    @Test
    void withoutAnySystemFontsEverythingRobotoLacksIsSubstitutedAndNothingThrows() throws Exception {
        FontLibrary bare = new FontLibrary(List.of(java.nio.file.Path.of("/nonexistent-fonts")));
        SessionReport report = new SessionReport("Bare", java.time.LocalDate.of(2026, 1, 1), 0, List.of(), List.of(),
                List.of(new SessionReport.Reflection("Q", "Привет 中文 \uD83D\uDE00 ok", true)), List.of(), List.of());
        byte[] pdf = new SummaryRenderer(bare).takeHome(report, java.util.Map.of(), RenderOptions.defaults());
        assertThat(Pdfs.text(pdf)).contains("Привет [U+4E2D][U+6587] [U+1F600] ok");
    }
}
