package app.kindred.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain {@code java -jar target/kindred.jar} restarts the kiosk in the JVM kiosk-jvm.sh names, and
 * only when it can tell exactly what it is doing. Here with a project folder of its own and a
 * kiosk-jvm.sh that prints a known answer.
 */
class TunedJvmTest {
    @TempDir
    Path root;

    private final String ownJava = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @Test
    void onlyAJarStartWithPropertiesAtMostIsRestarted() {
        assertThat(TunedJvm.jvmOptions(List.of("-jar", "target/kindred.jar"))).contains(List.of());
        assertThat(TunedJvm.jvmOptions(List.of("-Dkindred.home=/tmp/h", "-Dx=1", "-jar", "k.jar")))
                .contains(List.of("-Dkindred.home=/tmp/h", "-Dx=1"));
        assertThat(TunedJvm.jvmOptions(List.of("-Dx=1", "-jar", "k.jar", "kiosk", "--theme", "dark"))).contains(List.of("-Dx=1"));
        // Options chosen by hand, or not a jar: this JVM runs the kiosk itself.
        assertThat(TunedJvm.jvmOptions(List.of("-Xmx2g", "-jar", "k.jar"))).isEmpty();
        assertThat(TunedJvm.jvmOptions(List.of("-XX:+UseG1GC", "-Dx=1", "-jar", "k.jar"))).isEmpty();
        assertThat(TunedJvm.jvmOptions(List.of("-jar"))).isEmpty();
        assertThat(TunedJvm.jvmOptions(List.of("-cp", "k.jar", "app.kindred.app.Main"))).isEmpty();
        assertThat(TunedJvm.jvmOptions(List.of())).isEmpty();
    }

    @Test
    void theTunedCommandIsTheScriptsJvmAndOptionsThenOursThenTheJar() throws Exception {
        Path jar = project("printf '%s\\n' java -XX:+UseSerialGC -Dkindred.jvm=tuned"
                + " -XX:AOTCache=target/kindred.aot -XX:SharedArchiveFile=target/kindred.jsa");

        List<String> cmd = TunedJvm.command(List.of("-Dkindred.home=/tmp/h", "-jar", "target/kindred.jar", "kiosk", "--mute"),
                jar, List.of("kiosk", "--mute")).orElseThrow();

        assertThat(cmd).containsExactly(ownJava, "-XX:+UseSerialGC", "-Dkindred.jvm=tuned",
                "-XX:AOTCache=" + root.resolve("target/kindred.aot"),
                "-XX:SharedArchiveFile=" + root.resolve("target/kindred.jsa"),
                "-Dkindred.home=/tmp/h", "-jar", jar.toString(), "kiosk", "--mute");
    }

    @Test
    void aJvmNamedByPathIsUsedAsNamed() throws Exception {
        Path jar = project("printf '%s\\n' /opt/jdk-25/bin/java -Dkindred.jvm=tuned");

        assertThat(TunedJvm.command(List.of("-jar", "kindred.jar"), jar, List.of()).orElseThrow())
                .containsExactly("/opt/jdk-25/bin/java", "-Dkindred.jvm=tuned", "-jar", jar.toString());
    }

    @Test
    void withoutTheScriptOrItsMarkOrWhenItFailsTheKioskStartsHere() throws Exception {
        Path jar = project("printf '%s\\n' java -XX:+UseSerialGC");
        assertThat(TunedJvm.command(List.of("-jar", "kindred.jar"), jar, List.of())).as("an older script without the mark").isEmpty();

        project("exit 1");
        assertThat(TunedJvm.command(List.of("-jar", "kindred.jar"), jar, List.of())).as("a failing script").isEmpty();

        Files.delete(root.resolve("scripts/kiosk-jvm.sh"));
        assertThat(TunedJvm.command(List.of("-jar", "kindred.jar"), jar, List.of())).as("no script").isEmpty();

        Path elsewhere = Files.createDirectories(root.resolve("dist")).resolve("kindred.jar");
        project("printf '%s\\n' java -Dkindred.jvm=tuned");
        assertThat(TunedJvm.command(List.of("-jar", "kindred.jar"), elsewhere, List.of())).as("a jar outside target/").isEmpty();
        assertThat(TunedJvm.command(List.of("-jar", "kindred.jar"), null, List.of())).as("classes, not a jar").isEmpty();
    }

    /** ROOT/target/kindred.jar and ROOT/scripts/kiosk-jvm.sh running SCRIPT; returns the jar. */
    private Path project(String script) throws Exception {
        Path scripts = Files.createDirectories(root.resolve("scripts"));
        Path sh = scripts.resolve("kiosk-jvm.sh");
        Files.writeString(sh, "#!/usr/bin/env bash\n" + script + "\n");
        Files.setPosixFilePermissions(sh, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path jar = Files.createDirectories(root.resolve("target")).resolve("kindred.jar");
        if (!Files.exists(jar)) {
            Files.writeString(jar, "");
        }
        return jar;
    }
}
