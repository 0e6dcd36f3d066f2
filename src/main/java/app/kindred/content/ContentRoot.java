package app.kindred.content;

import app.kindred.KindredProperties;
import java.nio.file.Path;

/**
 * Where the shipped content lives: {@code -Dkindred.content=DIR}, else {@code KINDRED_CONTENT}, else
 * the working directory if it holds exercises/ or handouts/, else the folder above the running jar
 * ({@code target/kindred.jar} sits inside the project), else the working directory.
 */
public final class ContentRoot {
    private ContentRoot() {
    }

    public static Path locate() {
        String property = System.getProperty(KindredProperties.CONTENT);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String env = System.getenv("KINDRED_CONTENT");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        Path cwd = Path.of("");
        if (ContentFiles.isRoot(cwd.toAbsolutePath())) {
            return cwd;
        }
        Path beside = besideJar();
        return beside != null ? beside : cwd;
    }

    /**
     * A venue's own content, layered over the root's by {@link ContentLoader#load}: {@code
     * -Dkindred.venueContent=DIR} (the installed launcher names {@code /etc/kindred/content}), else
     * {@code KINDRED_VENUE_CONTENT}; null when neither names an existing folder.
     */
    public static Path venue() {
        String property = System.getProperty(KindredProperties.VENUE_CONTENT);
        String env = System.getenv("KINDRED_VENUE_CONTENT");
        String named = property != null && !property.isBlank() ? property : env;
        if (named == null || named.isBlank()) {
            return null;
        }
        Path p = Path.of(named);
        return java.nio.file.Files.isDirectory(p) ? p : null;
    }

    /** Whether the root was named explicitly (property or environment) rather than guessed. */
    public static boolean explicit() {
        String property = System.getProperty(KindredProperties.CONTENT);
        String env = System.getenv("KINDRED_CONTENT");
        return (property != null && !property.isBlank()) || (env != null && !env.isBlank());
    }

    /** The project folder around the running jar or classes folder, or null. */
    static Path besideJar() {
        try {
            var source = ContentRoot.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path jar = Path.of(source.getLocation().toURI());
            // target/kindred.jar or target/classes: the project is one or two folders up.
            Path p = jar.getParent();
            for (int up = 0; up < 2 && p != null; up++, p = p.getParent()) {
                if (ContentFiles.isRoot(p)) {
                    return p;
                }
            }
        } catch (Exception e) {
            // An odd class path (a custom launcher) just means no guess.
        }
        return null;
    }
}
