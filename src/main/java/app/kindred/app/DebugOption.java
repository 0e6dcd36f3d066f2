package app.kindred.app;

import app.kindred.KindredProperties;
import picocli.CommandLine.Option;

/**
 * {@code --debug}, shared by every command ({@code @Mixin DebugOption debug;}): stack traces of
 * unexpected failures on the terminal too; they always go to the log. {@code -Dkindred.debug=true}
 * does the same ({@link KindredProperties#DEBUG}).
 */
final class DebugOption {
    @Option(names = "--debug", description = "Show stack traces of unexpected failures (they always go to the log).")
    boolean debug;

    /** Whether stack traces go to the terminal. */
    boolean on() {
        return debug || KindredProperties.isOn(KindredProperties.DEBUG);
    }
}
