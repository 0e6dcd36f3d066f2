package app.kindred.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TextRepairTest {
    @Test
    void plainAsciiComesBackAsTheSameStringWithNothingReported() {
        String text = "Sit facing each other.\nBreathe.";

        TextRepair.Result r = TextRepair.repair(text);

        assertThat(r.text()).isSameAs(text);
        assertThat(r.changed()).isFalse();
    }

    @Test
    void aCyrillicLetterInsideALatinWordIsMappedBackAndReported() {
        TextRepair.Result r = TextRepair.repair("Convеrsations that matter");

        assertThat(r.text()).isEqualTo("Conversations that matter");
        assertThat(r.summary()).isEqualTo("repaired 1 look-alike letter (Cyrillic е in \"Convеrsations\")");
    }

    @Test
    void theSummaryCountsEveryKindOfRepair() {
        TextRepair.Result r = TextRepair.repair("Convеrsаtions\u00a0that\u00a0matter and сlose\u00a0talks");

        assertThat(r.text()).isEqualTo("Conversations that matter and close talks");
        assertThat(r.summary()).isEqualTo("repaired 3 look-alike letters (Cyrillic е and а in \"Convеrsаtions\","
                + " Cyrillic с in \"сlose\") and 3 non-breaking spaces");
    }

    @Test
    void greekLookAlikesInLatinWordsAreMappedToo() {
        assertThat(TextRepair.repair("lοve and trust").text()).isEqualTo("love and trust");
        assertThat(TextRepair.repair("Αppreciation").text()).isEqualTo("Appreciation");
    }

    @Test
    void lettersOutsideTheBuiltInTableAreLookedUpInIcusConfusables() {
        assertThat(TextRepair.repair("ϲlose").summary()).isEqualTo("repaired 1 look-alike letter (Greek ϲ in \"ϲlose\")");
        assertThat(TextRepair.repair("Ꭺpple pie").text()).isEqualTo("Apple pie");
        assertThat(TextRepair.repair("Кindness").text()).isEqualTo("Kindness");
    }

    @Test
    void realCyrillicAndGreekWordsStayAsWritten() {
        for (String text : new String[] {"привет", "Москва", "Привет, как дела?", "αγάπη και φιλία", "Сосо и Аня",
            "Say привет to Москва"}) {
            TextRepair.Result r = TextRepair.repair(text);
            assertThat(r.text()).as(text).isEqualTo(text);
            assertThat(r.changed()).as(text).isFalse();
        }
    }

    @Test
    void aWordMadeOnlyOfLookAlikesIsMappedInsideEnglishButNotInsideRussian() {
        assertThat(TextRepair.repair("Take а breath together").text()).isEqualTo("Take a breath together");
        assertThat(TextRepair.repair("Мама а папа").text()).isEqualTo("Мама а папа");
    }

    @Test
    void accentedLatinLettersAreNotLookAlikes() {
        String text = "Café naïve Straße Zoë";

        assertThat(TextRepair.repair(text).text()).isEqualTo(text);
        assertThat(TextRepair.repair(text).changed()).isFalse();
    }

    @Test
    void decomposedAccentsAreComposed() {
        TextRepair.Result r = TextRepair.repair("Cafe\u0301");

        assertThat(r.text()).isEqualTo("Caf\u00e9");
        assertThat(r.summary()).isEqualTo("repaired accents written as separate marks (Unicode NFC)");
    }

    @Test
    void oddSpacesInvisibleCharactersTabsAndControlsAreCleaned() {
        TextRepair.Result r = TextRepair.repair("a\u2003b\u200bc\u00add\te\u0007f\u3000g");

        assertThat(r.text()).isEqualTo("a bcd ef g");
        assertThat(r.summary()).isEqualTo("repaired 2 unusual spaces, 1 invisible character, 1 soft hyphen, 1 tab"
                + " and 1 control character");
    }

    @Test
    void newlinesAreKeptAndTabsExpandToMarkdownTabStopsWhenAsked() {
        assertThat(TextRepair.repair("one\ntwo\r\nthree").text()).isEqualTo("one\ntwo\nthree");
        assertThat(TextRepair.repair("-\tnested", 4).text()).isEqualTo("-   nested");
        assertThat(TextRepair.repair("\tcode", 4).text()).isEqualTo("    code");
    }

    @Test
    void joinersInsideEmojiSequencesAreKept() {
        String family = "Love \uD83D\uDC69\u200D\u2764\uFE0F\u200D\uD83D\uDC68 always";

        assertThat(TextRepair.repair(family).text()).isEqualTo(family);
    }

    @Test
    void theArticlePastedFromTheWebLosesAll1225CyrillicLetters() throws IOException {
        String article = Files.readString(article003(), StandardCharsets.UTF_8);
        assertThat(article.chars().filter(c -> c == '\u0435').count()).isEqualTo(1225);

        TextRepair.Result r = TextRepair.repair(article);

        assertThat(r.lookAlikes()).isEqualTo(1225);
        assertThat(r.text().chars().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC))
                .isEmpty();
        assertThat(r.text()).contains("a fundamental aspect of a healthy and fulfilling relationship, involving a deep"
                + " and meaningful connection.");
        assertThat(r.text().length()).isEqualTo(article.length());
        assertThat(r.summary()).startsWith("repaired 1225 look-alike letters (Cyrillic е in \"fundamеntal\")");
    }

    /** A copy of shared/articles/003_*.txt, as pasted from the web: 1,225 Cyrillic "е" among Latin letters. */
    private static Path article003() {
        return BrokenCorpusTest.resource("articles/003_1e702d186f5c48b9.txt");
    }
}
