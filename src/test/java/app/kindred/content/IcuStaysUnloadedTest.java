package app.kindred.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * ICU4J's confusable data costs start-up time, so loading ordinary content must not touch it. Checked
 * in a fresh JVM with class loading logged, because this JVM may have loaded ICU for other tests.
 */
class IcuStaysUnloadedTest {
    @Test
    void loadingTheShippedContentNeverLoadsIcu() throws Exception {
        String log = runFresh(Path.of("").toAbsolutePath().toString());

        assertThat(log).contains("app.kindred.content.ContentLoader").doesNotContain("com.ibm.icu");
        assertThat(log).contains("loaded 0 errors");
    }

    @Test
    void aLetterOutsideTheBuiltInTableDoesLoadIt() throws Exception {
        // Greek lunate sigma, passed as a code point so the test does not depend on the locale of the shell.
        assertThat(runFresh("U+03F2lose")).contains("com.ibm.icu.text.SpoofChecker");
    }

    private static String runFresh(String argument) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                Child.class.getName(), argument)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    /** Loads a content root, or repairs a word when the argument is not a folder. */
    public static final class Child {
        public static void main(String[] args) {
            Path root = Path.of(args[0]);
            if (root.toFile().isDirectory()) {
                System.out.println("loaded " + ContentLoader.load(root).errors().size() + " errors");
            } else {
                String word = args[0].startsWith("U+")
                        ? new String(Character.toChars(Integer.parseInt(args[0].substring(2, 6), 16))) + args[0].substring(6)
                        : args[0];
                System.out.println(TextRepair.repair(word).changed());
            }
        }
    }
}
