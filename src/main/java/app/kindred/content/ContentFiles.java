package app.kindred.content;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds the content files under a root folder or among paths given on the command line. */
public final class ContentFiles {
    private ContentFiles() {
    }

    /** Whether a folder looks like a content root (has exercises/ or handouts/). */
    public static boolean isRoot(Path dir) {
        return Files.isDirectory(dir.resolve("exercises")) || Files.isDirectory(dir.resolve("handouts"));
    }

    /** Every file of the shipped layout under {@code root}; {@code ignored} collects misnamed files. */
    static List<ContentFile> underRoot(Path root, String displayPrefix, boolean report, List<Diagnostic> ignored) {
        List<ContentFile> files = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            files.addAll(inFolder(root.resolve(kind.folder), join(displayPrefix, kind.folder), kind, report, ignored));
        }
        return files;
    }

    /** Files of one kind directly inside a folder (kind null: guess, taking .yaml and .md). */
    static List<ContentFile> inFolder(Path dir, String display, Kind kind, boolean report, List<Diagnostic> ignored) {
        List<ContentFile> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || !Files.isRegularFile(p)) {
                    continue;
                }
                Kind k = kindOf(name, kind);
                String shown = join(display, name);
                if (k != null || (kind == null && name.endsWith(".yaml"))) {
                    files.add(new ContentFile(p, shown, k, report));
                } else if (report && name.endsWith(".yml") && (kind == null || kind != Kind.HANDOUT)) {
                    ignored.add(Diagnostic.warning(shown, 0, 0, "ignored: Kindred reads .yaml files; rename it to "
                            + name.substring(0, name.length() - 4) + ".yaml"));
                }
            }
        } catch (IOException e) {
            ignored.add(Diagnostic.error(display, 0, 0, "cannot read the folder: " + SourceText.describe(e)));
        }
        return files;
    }

    private static Kind kindOf(String name, Kind folderKind) {
        if (folderKind == null) {
            return name.endsWith(".md") ? Kind.HANDOUT : null;
        }
        return name.endsWith(folderKind.extension) ? folderKind : null;
    }

    /**
     * The files named on a command line: folders are searched by their name (exercises, decks,
     * programmes, handouts, or a root holding them), files take their kind from their folder.
     */
    static List<ContentFile> fromPaths(List<Path> paths, List<Diagnostic> problems) {
        List<ContentFile> files = new ArrayList<>();
        for (Path p : paths) {
            String display = p.normalize().toString().isEmpty() ? "." : p.normalize().toString();
            String prefix = display.equals(".") ? "" : display;
            int before = files.size();
            if (Files.isDirectory(p)) {
                String name = p.toAbsolutePath().normalize().getFileName() == null ? ""
                        : p.toAbsolutePath().normalize().getFileName().toString();
                if (isRoot(p)) {
                    files.addAll(underRoot(p, prefix, true, problems));
                } else if (name.equals("exercises")) {
                    files.addAll(inFolder(p, prefix, Kind.EXERCISE, true, problems));
                    files.addAll(inFolder(p.resolve("decks"), join(prefix, "decks"), Kind.DECK, true, problems));
                    files.addAll(inFolder(p.resolve("programmes"), join(prefix, "programmes"), Kind.PROGRAMME, true,
                            problems));
                } else if (name.equals("decks")) {
                    files.addAll(inFolder(p, prefix, Kind.DECK, true, problems));
                } else if (name.equals("programmes")) {
                    files.addAll(inFolder(p, prefix, Kind.PROGRAMME, true, problems));
                } else if (name.equals("handouts")) {
                    files.addAll(inFolder(p, prefix, Kind.HANDOUT, true, problems));
                } else {
                    files.addAll(inFolder(p, prefix, null, true, problems));
                }
                if (files.size() == before) {
                    problems.add(Diagnostic.warning(display, 0, 0, "no content files here (.yaml or .md)"));
                }
            } else if (!Files.isRegularFile(p)) {
                problems.add(Diagnostic.error(display, 0, 0, "not a regular file"));
            } else {
                String name = p.getFileName().toString();
                Kind kind = kindForFile(p);
                if (kind == null && !(name.endsWith(".yaml") || name.endsWith(".yml"))) {
                    problems.add(Diagnostic.error(display, 0, 0, "not a content file: Kindred reads .yaml files"
                            + " (exercises, decks, programmes) and .md files (handouts)"));
                    continue;
                }
                files.add(new ContentFile(p, display, kind, true));
            }
        }
        return files;
    }

    /** The kind a file has by its folder and extension, or null for a .yaml file elsewhere. */
    static Kind kindForFile(Path p) {
        String name = p.getFileName().toString();
        if (name.endsWith(".md")) {
            return Kind.HANDOUT;
        }
        if (!(name.endsWith(".yaml") || name.endsWith(".yml"))) {
            return null;
        }
        Path parent = p.toAbsolutePath().normalize().getParent();
        String folder = parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
        return switch (folder) {
            case "decks" -> Kind.DECK;
            case "programmes" -> Kind.PROGRAMME;
            case "exercises" -> Kind.EXERCISE;
            default -> null;
        };
    }

    /** The content root a file or folder lives in (the folder above exercises/ or handouts/), or null. */
    static Path rootOf(Path p) {
        for (Path a = p.toAbsolutePath().normalize(); a != null; a = a.getParent()) {
            Path name = a.getFileName();
            if (name != null && (name.toString().equals("exercises") || name.toString().equals("handouts"))
                    && a.getParent() != null) {
                return a.getParent();
            }
            if (Files.isDirectory(a) && isRoot(a) && a.equals(p.toAbsolutePath().normalize())) {
                return a;
            }
        }
        return null;
    }

    static String join(String prefix, String name) {
        return prefix == null || prefix.isEmpty() ? name : prefix.endsWith("/") ? prefix + name : prefix + "/" + name;
    }
}
