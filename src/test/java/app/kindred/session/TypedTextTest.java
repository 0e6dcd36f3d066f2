package app.kindred.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypedTextTest {
    @Test
    void namesKeepLettersOfAnyScriptSpacesApostrophesAndHyphens() {
        assertThat(TypedText.name("Zoë O'Brien-Smith")).isEqualTo("Zoë O'Brien-Smith");
        assertThat(TypedText.name("Женя 李 ‘Ngũ’")).isEqualTo("Женя 李 Ngũ’");
        assertThat(TypedText.name("<html><i><u>Zed")).isEqualTo("htmliuZed");
        assertThat(TypedText.name("Kim 😀 #1")).isEqualTo("Kim  ");
    }

    @Test
    void namesAreCappedWithoutSplittingACharacter() {
        assertThat(TypedText.name("a".repeat(100))).hasSize(TypedText.MAX_NAME);
        String gothic = "\uD800\uDF30"; // a letter outside the BMP: two chars
        assertThat(TypedText.name("a" + gothic.repeat(30))).hasSize(39);
    }

    @Test
    void wordsDropControlAndBidiCharactersAndFloodsOfMarks() {
        assertThat(TypedText.words("Ann\u0000\u0007\u001b[31mRed")).isEqualTo("Ann[31mRed");
        assertThat(TypedText.words("\u202eeman\u202c\u2066x\u2069")).isEqualTo("emanx");
        assertThat(TypedText.words("Z\u0301\u0302\u0303\u0304\u0305ed")).isEqualTo("Z\u0301\u0302\u0303ed");
        assertThat(TypedText.words("one\ntwo\u2028three")).isEqualTo("one\ntwothree");
    }

    @Test
    void wordsKeepEmojiAndMarkupAsPlainCharacters() {
        assertThat(TypedText.words("😀👩‍❤️‍👨 <b>yes</b>")).isEqualTo("😀👩‍❤️‍👨 <b>yes</b>");
        assertThat(TypedText.words("x".repeat(5000))).hasSize(TypedText.MAX_WORDS);
    }

    @Test
    void theEngineCleansWhatReachesItAsTheScreensDo() {
        assertThat(Participants.of("<html>Sam", "\u202e").nameA()).isEqualTo("htmlSam");
        assertThat(Participants.of("<html>Sam", "\u202e").nameB()).isEqualTo(Participants.DEFAULT_B);
    }
}
