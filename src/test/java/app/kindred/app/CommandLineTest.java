package app.kindred.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A command run through {@link Main#run} with what it prints captured, as a person at a terminal would read it. */
abstract class CommandLineTest {
    private static final PrintStream REAL_OUT = System.out;
    private static final PrintStream REAL_ERR = System.err;
    protected final ByteArrayOutputStream out = new ByteArrayOutputStream();
    protected final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void keepLogsOutOfTheHomeFolder(@TempDir Path home) {
        if (System.getProperty("kindred.home") == null) {
            System.setProperty("kindred.home", home.toString());
        }
    }

    @BeforeEach
    final void captureOutput() {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    final void restoreOutput() {
        System.setOut(REAL_OUT);
        System.setErr(REAL_ERR);
    }
}
