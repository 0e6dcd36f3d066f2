package app.kindred;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every {@code kindred.*} system property the code or the scripts use is one of {@link KindredProperties}. */
class KindredPropertiesTest {
    private static final Pattern IN_JAVA = Pattern.compile(
            "(?:getProperty|getBoolean|getInteger|getLong|setProperty|clearProperty)\\(\\s*\"(kindred\\.[A-Za-z.]+)\""
                    + "|PROPERTY\\s*=\\s*\"(kindred\\.[A-Za-z.]+)\"");
    private static final Pattern IN_SCRIPTS = Pattern.compile("-D(kindred\\.[A-Za-z.]+)");

    @Test
    void everyPropertyInTheCodeAndScriptsIsDocumentedInOnePlace() throws Exception {
        Set<String> documented = new TreeSet<>();
        for (Field f : KindredProperties.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                documented.add((String) f.get(null));
            }
        }
        assertThat(documented).as("the list itself").contains("kindred.home", "kindred.print.retry");

        Set<String> used = new TreeSet<>();
        for (Path p : files(Path.of("src/main/java"), ".java")) {
            Matcher m = IN_JAVA.matcher(Files.readString(p));
            while (m.find()) {
                used.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        List<Path> scripts = new ArrayList<>(files(Path.of("scripts"), ".sh"));
        scripts.add(Path.of("kindred.sh"));
        scripts.add(Path.of("pom.xml"));
        for (Path p : scripts) {
            Matcher m = IN_SCRIPTS.matcher(Files.readString(p));
            while (m.find()) {
                used.add(m.group(1).replaceAll("\\.$", ""));
            }
        }
        used.remove("kindred.build"); // a Maven property of the build folder, not a system property of Kindred
        // The code reads the constants (no "kindred.*" literal is left to find there); the scripts
        // and the pom pass these on the command line.
        assertThat(used).as("found in the scripts").contains("kindred.home", "kindred.exitWhenReady");
        assertThat(documented).containsAll(used);
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }
}
