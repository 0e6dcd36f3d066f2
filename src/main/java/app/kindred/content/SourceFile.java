package app.kindred.content;

import java.nio.file.Path;

/** Where a piece of content came from: the path as the user should see it in messages. */
public record SourceFile(Path path, String displayName) {
    public static SourceFile of(Path path) {
        return new SourceFile(path, path.toString());
    }

    /** For content built in code (tests, fixtures). */
    public static SourceFile builtIn(String name) {
        return new SourceFile(null, name);
    }
}
