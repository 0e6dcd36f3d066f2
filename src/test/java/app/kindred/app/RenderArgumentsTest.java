package app.kindred.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code kindred render} reads an ordinary command line without picocli (a cold start); what it
 * reads must be what picocli reads, and anything else must be left to picocli.
 */
class RenderArgumentsTest {
    private static final PrintWriter NOWHERE = new PrintWriter(new StringWriter());

    @Test
    void anOrdinaryCommandLineIsReadAsPicocliReadsIt() {
        for (List<String> line : List.of(
                List.of("--all", "--out", "/tmp/h"),
                List.of("--all", "-o", "/tmp/h", "--paper", "letter"),
                List.of("faq", "i-statements", "--out=/tmp/h", "--paper=a4", "--no-fields"),
                List.of("-o", "out dir", "faq", "--debug"),
                List.of("--paper", "a5", "--all", "--out", "x"))) {
            String[] args = line.toArray(new String[0]);
            RenderCommand plain = RenderCommand.fromPlainArguments(args, NOWHERE, NOWHERE);
            RenderCommand picocli = new RenderCommand();
            new CommandLine(picocli).parseArgs(args);
            assertThat(plain).as("%s", line).isNotNull();
            assertThat(plain.ids).as("%s", line).isEqualTo(picocli.ids);
            assertThat(plain.all).as("%s", line).isEqualTo(picocli.all);
            assertThat(plain.out).as("%s", line).isEqualTo(picocli.out);
            assertThat(plain.paper.paper).as("%s", line).isEqualTo(picocli.paper.paper);
            assertThat(plain.noFields).as("%s", line).isEqualTo(picocli.noFields);
            assertThat(plain.debug.debug).as("%s", line).isEqualTo(picocli.debug.debug);
        }
    }

    @Test
    void anythingElseIsLeftToPicocli() {
        for (List<String> line : List.of(
                List.of("--help"), List.of("-h"), List.of("--all"), List.of("--all", "--out"),
                List.of("--all", "--out", "a", "--out", "b"), List.of("--all", "-o", "a", "--out", "b"),
                List.of("--all", "--out", "a", "--colour"), List.of("--all", "--out", "a", "--", "faq"),
                List.of("--all=yes", "--out", "a"), List.of("-oa", "--all"), List.of("--all", "--paper", "--out", "a"))) {
            assertThat(RenderCommand.fromPlainArguments(line.toArray(new String[0]), NOWHERE, NOWHERE))
                    .as("%s", line).isNull();
        }
    }
}
