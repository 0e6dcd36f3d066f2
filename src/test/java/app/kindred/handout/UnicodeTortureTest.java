package app.kindred.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * 500 seeded random strings in many scripts, with marks, emoji sequences, odd spaces, control
 * characters and 10,000-character words, printed as a summary's reflections: nothing throws, and
 * every visible character comes back out of the PDF, or its documented substitute [U+XXXX] does.
 */
class UnicodeTortureTest {
    private static final int STRINGS = 500;
    private static final int PER_DOCUMENT = 50;

    @Test
    void everyPrintableCharacterSurvivesOrIsVisiblySubstituted() throws Exception {
        Random random = new Random(20261121L);
        List<String> all = new ArrayList<>();
        for (int i = 0; i < STRINGS; i++) {
            all.add(TortureStrings.next(random));
        }
        assertThat(all.stream().filter(s -> s.length() >= 10_000).count()).isGreaterThanOrEqualTo(5);
        for (int start = 0; start < all.size(); start += PER_DOCUMENT) {
            List<String> batch = all.subList(start, Math.min(all.size(), start + PER_DOCUMENT));
            List<SessionReport.Reflection> reflections = new ArrayList<>();
            for (int k = 0; k < batch.size(); k++) {
                reflections.add(new SessionReport.Reflection("Reflection " + (start + k), batch.get(k), true));
            }
            SessionReport report = new SessionReport("Torture", LocalDate.of(2026, 1, 2), 0, List.of(batch.get(0)),
                    List.of(), reflections, List.of(new SessionReport.Commitment(batch.get(1), true)), List.of());
            byte[] pdf = new SummaryRenderer().takeHome(report, Map.of(), RenderOptions.defaults());
            String extracted;
            try (PDDocument doc = Pdfs.load(pdf)) {
                PDFTextStripper stripper = new PDFTextStripper();
                // Stacked identical marks share a position; the stripper would drop them as "duplicates".
                stripper.setSuppressDuplicateOverlappingText(false);
                extracted = Pdfs.repairSurrogates(stripper.getText(doc));
            }
            assertEveryCharacterAccountedFor(batch, extracted, start);
        }
    }

    private static void assertEveryCharacterAccountedFor(List<String> inputs, String extracted, int start) {
        Map<Integer, Integer> budget = counts(Normalizer.normalize(extracted, Normalizer.Form.NFKD));
        Map<String, Integer> substitutes = new HashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[U\\+[0-9A-F]{4,6}\\]").matcher(extracted);
        while (m.find()) {
            substitutes.merge(m.group(), 1, Integer::sum);
        }
        for (int s = 0; s < inputs.size(); s++) {
            String input = inputs.get(s);
            for (int i = 0; i < input.length(); ) {
                int cp = input.codePointAt(i);
                i += Character.charCount(cp);
                if (!printable(cp)) {
                    continue;
                }
                String sub = TextPolicy.substitute(cp);
                if (substitutes.getOrDefault(sub, 0) > 0) {
                    substitutes.merge(sub, -1, Integer::sum);
                    continue;
                }
                String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
                boolean ok = decomposed.codePoints().allMatch(d -> budget.getOrDefault(d, 0) > 0 || !printable(d));
                assertThat(ok).as("string %d: U+%04X (%s) is neither in the PDF text nor substituted as %s",
                        start + s, cp, new String(Character.toChars(cp)), sub).isTrue();
                decomposed.codePoints().forEach(d -> budget.merge(d, -1, Integer::sum));
            }
        }
    }

    /** What a reader can see: not spaces, controls, or invisible format characters. */
    private static boolean printable(int cp) {
        return !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && !TextPolicy.isInvisible(cp);
    }

    private static Map<Integer, Integer> counts(String s) {
        Map<Integer, Integer> out = new HashMap<>();
        s.codePoints().forEach(cp -> out.merge(cp, 1, Integer::sum));
        return out;
    }
}
