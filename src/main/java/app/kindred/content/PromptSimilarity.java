package app.kindred.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How alike two prompts are, by the words that carry their meaning. A prompt's <em>content words</em>
 * are its words without the question scaffolding every prompt shares ("what", "would", "you", "like",
 * "our", ...; see {@link #SCAFFOLD}), each reduced to a simple stem ("years" and "year", "changed"
 * and "change", "stood" and "stand" count as one). The similarity of two prompts is the Dice
 * coefficient of their content-word sets: twice the number of shared words over the number of words
 * in both, from 0 (nothing shared) to 1 (the same words).
 *
 * <p>Two prompts are <b>near-duplicates</b> when they share at least {@value #MIN_SHARED} content
 * words and their similarity is at least {@value #THRESHOLD}. On the shipped decks this flags a prompt
 * reworded into a second deck ("What would you stand up for, even if it cost you something?" and
 * "What would you stand up for, even when it costs you?": 0.86) or two prompts built on the same
 * phrase ("On a hard day, ..." twice: 0.67), and leaves alone prompts that merely share one word
 * ("feel", "day"). It does not understand paraphrase: "keep even if it made life harder" and "stand up
 * for, even if it cost you" share only "even", so a person still reads the decks side by side.
 */
public final class PromptSimilarity {
    /** The similarity at or above which two prompts are near-duplicates. */
    public static final double THRESHOLD = 0.5;
    /** The fewest content words two near-duplicates share (one shared word is a coincidence). */
    public static final int MIN_SHARED = 2;

    /** Words every prompt uses to ask; they say nothing about what is asked. */
    static final Set<String> SCAFFOLD = Set.of((""
            + "a an the and or but if so to of in on at for from with by about as into than then that this these"
            + " those there here what which who whom whose when where why how i me my mine myself you your yours"
            + " yourself yourselves we us our ours ourselves they them their he she his her it its do does did done"
            + " doing be is are was were been being am have has had having will would shall should can could may"
            + " might must not no nor just only also too very quite really more most much many some any each every"
            + " other another own same such up down out over off again still ever never always yet one thing things"
            + " something anything someone anyone want wish like love hope make way last").split(" "));

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("stood", "stand"), Map.entry("made", "make"), Map.entry("gave", "give"),
            Map.entry("felt", "feel"), Map.entry("kept", "keep"), Map.entry("thought", "think"),
            Map.entry("told", "tell"), Map.entry("taught", "teach"), Map.entry("went", "go"),
            Map.entry("came", "come"), Map.entry("grew", "grow"), Map.entry("lost", "lose"),
            Map.entry("held", "hold"), Map.entry("brought", "bring"), Map.entry("said", "say"),
            Map.entry("best", "good"), Map.entry("better", "good"), Map.entry("worse", "bad"),
            Map.entry("worst", "bad"), Map.entry("children", "child"), Map.entry("people", "person"),
            Map.entry("lives", "life"), Map.entry("proudest", "proud"));

    private PromptSimilarity() {
    }

    private static final Set<String> SCAFFOLD_STEMS =
            SCAFFOLD.stream().map(PromptSimilarity::stem).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The content words of a prompt, stemmed, in order of first use. */
    public static Set<String> contentWords(String prompt) {
        return words(prompt).keySet();
    }

    /** Stem to the word as first written, in order of first use. */
    static Map<String, String> words(String prompt) {
        Map<String, String> out = new LinkedHashMap<>();
        String text = prompt.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        for (String raw : text.split("[^a-z']+")) {
            String w = raw.replaceAll("^'+|'+$", "").replaceAll("'[a-z]*$", "");
            if (w.length() < 2 || SCAFFOLD.contains(w)) {
                continue;
            }
            String s = stem(w);
            if (s.length() >= 2 && !SCAFFOLD_STEMS.contains(s)) {
                out.putIfAbsent(s, w);
            }
        }
        return out;
    }

    static String stem(String w) {
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ing") && w.length() > 5) {
            return dropE(w.substring(0, w.length() - 3));
        }
        if (w.endsWith("ed") && w.length() > 4) {
            return dropE(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("es") && w.length() > 4 && w.matches(".*(s|x|z|ch|sh)es")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            return dropE(w.substring(0, w.length() - 1));
        }
        return dropE(w);
    }

    /** "change", "changed" and "changing" all become "chang"; a doubled end letter is undone too. */
    private static String dropE(String w) {
        String s = w.endsWith("e") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
        int n = s.length();
        if (n > 3 && s.charAt(n - 1) == s.charAt(n - 2) && "bdgmnprt".indexOf(s.charAt(n - 1)) >= 0) {
            s = s.substring(0, n - 1);
        }
        return s;
    }

    /** The Dice coefficient of the two prompts' content words, 0 to 1. */
    public static double similarity(String a, String b) {
        return similarity(contentWords(a), contentWords(b));
    }

    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return 2.0 * shared(a, b).size() / (a.size() + b.size());
    }

    static Set<String> shared(Set<String> a, Set<String> b) {
        Set<String> s = new TreeSet<>(a);
        s.retainAll(b);
        return s;
    }

    /** True when the two prompts are near-duplicates by the rule above. */
    public static boolean nearDuplicates(String a, String b) {
        Set<String> x = contentWords(a);
        Set<String> y = contentWords(b);
        return shared(x, y).size() >= MIN_SHARED && similarity(x, y) >= THRESHOLD;
    }

    /** The shared content words as the second prompt writes them, for messages. */
    static List<String> sharedWords(String a, String b) {
        Map<String, String> y = words(b);
        return shared(contentWords(a), y.keySet()).stream().map(y::get).toList();
    }
}
