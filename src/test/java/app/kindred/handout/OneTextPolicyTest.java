package app.kindred.handout;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.content.CharacterPolicy;
import app.kindred.content.CharacterPolicy.CharClass;
import app.kindred.content.TextRepair;
import org.junit.jupiter.api.Test;

/**
 * Content loading ({@link TextRepair}) and PDF setting ({@link TextPolicy}) follow one policy,
 * {@link CharacterPolicy}: for every class of character, what a loaded text keeps is what a PDF
 * holds, except where the table in docs/CONTENT-FORMAT.md says "kept, not drawn".
 */
class OneTextPolicyTest {
    /** One example of each class, between two letters. */
    private static final String[][] EXAMPLES = {
        {"LINE_BREAK", "\u2028"}, {"LINE_BREAK", "\u2029"}, {"LINE_BREAK", "\u0085"}, {"LINE_BREAK", "\u000B"},
        {"TAB", "\t"}, {"SPACE", "\u00A0"}, {"SPACE", "\u2009"}, {"SPACE", "\u3000"},
        {"ZERO_WIDTH", "\u00AD"}, {"ZERO_WIDTH", "\u200B"}, {"ZERO_WIDTH", "\uFEFF"},
        {"JOINER", "\u200D"}, {"JOINER", "\u200C"}, {"DIRECTION_MARK", "\u200E"}, {"DIRECTION_MARK", "\u202E"},
        {"CONTROL", "\u0007"}, {"CONTROL", "\u009B"}, {"NON_CHARACTER", "\uFFFE"}, {"NON_CHARACTER", "\uFDD0"},
        {"FORMAT", "\uFE0F"}, {"FORMAT", "\uDB40\uDC01"}, {"UNDRAWABLE", "\uE000"}, {"VISIBLE", "\u00E9"},
    };

    @Test
    void everyClassIsTreatedAlikeWhenLoadedAndWhenSetOnPaper() {
        for (String[] e : EXAMPLES) {
            String c = e[1];
            assertThat(CharacterPolicy.of(c.codePointAt(0))).as(e[0] + " U+%04X", c.codePointAt(0))
                    .isEqualTo(CharClass.valueOf(e[0]));
            String text = "ab" + c + "cd";
            String loaded = TextRepair.repair(text).text();
            String onPaper = TextPolicy.clean(text, false, false);
            if (e[0].equals("FORMAT")) {
                // kept in the text, not drawn
                assertThat(loaded).as(e[0]).isEqualTo(text);
                assertThat(onPaper).as(e[0]).isEqualTo("abcd");
            } else {
                assertThat(onPaper).as("%s U+%04X: the PDF holds what loading keeps", e[0], c.codePointAt(0))
                        .isEqualTo(loaded);
            }
        }
    }

    @Test
    void aLineSeparatorIsASpaceInOneLineAndALineBreakWhereTextMayHaveLines() {
        assertThat(TextRepair.repair("one\u2028two").text()).isEqualTo("one two");
        assertThat(TextRepair.repair("one\u2028two").summary()).contains("1 line separator");
        assertThat(TextPolicy.clean("one\u2028two", false)).isEqualTo("one two");
        assertThat(TextPolicy.clean("one\u2028two", true)).isEqualTo("one\ntwo");
    }

    @Test
    void aZeroWidthJoinerStaysInsideAnEmojiOnScreenAndOnPaperAndGoesBetweenAsciiLetters() {
        String couple = "\uD83D\uDC69\u200D\u2764\uFE0F\u200D\uD83D\uDC68";
        assertThat(TextRepair.repair("Love " + couple).text()).isEqualTo("Love " + couple);
        assertThat(TextPolicy.clean("Love " + couple, false)).isEqualTo("Love \uD83D\uDC69\u200D\u2764\u200D\uD83D\uDC68");
        assertThat(TextRepair.repair("hel\u200Dlo").text()).isEqualTo("hello");
        assertThat(TextPolicy.clean("hel\u200Dlo", false)).isEqualTo("hello");
    }
}
