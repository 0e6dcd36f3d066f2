package app.kindred.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.swing.text.StyleContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk's fonts come from a folder of their own (FontFolder). Each case runs in a fresh JVM,
 * because the folder only counts if it is named before anything touches fonts, and because naming
 * it changes how this JVM's fonts would be found for every later test.
 */
class FontFolderTest {
    @TempDir
    Path temp;

    @Test
    void robotoIsFoundByNameAndOtherScriptsStillShow() throws Exception {
        String out = runFresh(temp.resolve("fonts"));

        assertThat(out).contains("use=true", "serving=true");
        assertThat(out).contains("Roboto=Roboto", "Roboto Light=Roboto Light", "Roboto Medium=Roboto Medium");
        // A couple may type their names in any script: Swing's fonts are composites of Roboto and
        // the system's fonts, which still come from fontconfig.
        assertThat(out).contains("latin=true", "cyrillic=true", "arabic=true", "chinese=true", "hebrew=true",
                "devanagari=true", "thai=true");
        assertThat(out).contains("config=" + temp.resolve("fonts").resolve("fontconfig.properties"));
        for (String name : FontFolder.FILES) {
            assertThat(temp.resolve("fonts").resolve(FontFolder.VERSION).resolve(name)).isRegularFile();
        }
    }

    @Test
    void theFilesAreCopiedOnceAndNoHalfFileIsLeft() throws Exception {
        Path folder = temp.resolve("fonts");
        runFresh(folder);
        Path regular = folder.resolve(FontFolder.VERSION).resolve("Roboto-Regular.ttf");
        FileTime first = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(regular, first);

        runFresh(folder);

        assertThat(Files.getLastModifiedTime(regular)).isEqualTo(first);
        Path config = folder.resolve("fontconfig.properties");
        Files.setLastModifiedTime(config, first);

        runFresh(folder);

        assertThat(Files.getLastModifiedTime(config)).as("an unchanged configuration is not rewritten").isEqualTo(first);
        try (var files = Files.list(folder.resolve(FontFolder.VERSION))) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> n.endsWith(".ttf")).hasSize(8);
        }
    }

    @Test
    void aFolderThatCannotBeWrittenLeavesTheUsualWay() throws Exception {
        // A file where a folder should be: no folder can be made there, not even by root.
        Files.writeString(temp.resolve("data"), "not a folder");
        Path folder = temp.resolve("data").resolve("fonts");

        String out = runFresh(folder);

        assertThat(out).contains("use=false", "serving=false", "problem=cannot keep the fonts in");
    }

    @Test
    void theFolderIsNamedAfterTheRobotoVersionInThePom() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<artifactId>flatlaf-fonts-roboto</artifactId><version>([^<]+)</version>").matcher(pom);
        assertThat(m.find()).as("flatlaf-fonts-roboto in pom.xml").isTrue();
        assertThat(FontFolder.VERSION).isEqualTo("roboto-" + m.group(1));
    }

    private static String runFresh(Path folder) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                Child.class.getName(), folder.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    /** What the kiosk's main does, then the lookups FlatLaf makes. */
    public static final class Child {
        public static void main(String[] args) {
            boolean used = FontFolder.use(Path.of(args[0]));
            System.out.println("use=" + used + " serving=" + FontFolder.serving() + " problem=" + FontFolder.problem()
                    + " config=" + System.getProperty(JavaFontConfig.PROPERTY));
            if (!used) {
                return;
            }
            for (String family : new String[] {"Roboto", "Roboto Light", "Roboto Medium"}) {
                System.out.println(family + "=" + new Font(family, Font.PLAIN, 12).getFamily(Locale.ROOT));
            }
            Font f = StyleContext.getDefaultStyleContext().getFont("Roboto", Font.PLAIN, 20);
            System.out.println("latin=" + f.canDisplay('a') + " cyrillic=" + f.canDisplay('\u0416')
                    + " arabic=" + f.canDisplay('\u0628') + " chinese=" + f.canDisplay('\u4e2d')
                    + " hebrew=" + f.canDisplay('\u05d0') + " devanagari=" + f.canDisplay('\u0915')
                    + " thai=" + f.canDisplay('\u0e01'));
        }
    }
}
