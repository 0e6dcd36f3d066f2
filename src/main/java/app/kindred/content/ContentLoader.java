package app.kindred.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads exercises, decks, programmes and handouts, reporting every problem as a {@link Diagnostic}
 * (file, line, column, message) instead of throwing. A broken file never stops the others; what
 * loaded cleanly is in the library. Cross-file checks (duplicate ids, references, programme lengths)
 * run after every file has been read.
 *
 * <pre>{@code
 * ContentLoader.Result r = ContentLoader.load(ContentRoot.locate());
 * r.library().exercises() ...; r.diagnostics() ...
 * }</pre>
 */
public final class ContentLoader {
    private static final Logger LOG = Logger.getLogger(ContentLoader.class.getName());

    private ContentLoader() {
    }

    /** What loaded, and what was wrong. Diagnostics are sorted by file, line and column. */
    public record Result(ContentLibrary library, List<Diagnostic> diagnostics, int fileCount) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }

        public List<Diagnostic> errors() {
            return diagnostics.stream().filter(Diagnostic::isError).toList();
        }

        public List<Diagnostic> warnings() {
            return diagnostics.stream().filter(d -> !d.isError()).toList();
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    /**
     * Loads the shipped layout under {@code root}: exercises/*.yaml, exercises/decks/*.yaml,
     * exercises/programmes/*.yaml, handouts/*.md. File names in messages are relative to root.
     */
    public static Result load(Path root) {
        return load(root, EnumSet.allOf(Kind.class));
    }

    /**
     * Only the handouts under {@code root} (and the venue's folder over it), for {@code kindred
     * render}: the same handouts and handout errors as {@link #load}, without reading and checking
     * the exercises, decks and programmes, which a render does not need (about a third of a cold
     * {@code render --all}). The library's other maps are empty.
     */
    public static Result loadHandouts(Path root) {
        return load(root, EnumSet.of(Kind.HANDOUT));
    }

    private static Result load(Path root, Set<Kind> kinds) {
        List<Diagnostic> early = new ArrayList<>();
        if (!ContentFiles.isRoot(root)) {
            early.add(Diagnostic.error(root.toAbsolutePath().normalize().toString(), 0, 0,
                    "no exercises/ or handouts/ folder here; nothing to load"));
        }
        List<ContentFile> files = ContentFiles.underRoot(root, "", true, early);
        Set<Kind> scope = EnumSet.noneOf(Kind.class);
        for (Kind k : Kind.values()) {
            if (Files.isDirectory(root.resolve(k.folder))) {
                scope.add(k);
            }
        }
        Path venue = ContentRoot.venue();
        if (venue != null && !venue.toAbsolutePath().normalize().equals(root.toAbsolutePath().normalize())) {
            layer(root, venue, files, scope, early);
        }
        files.removeIf(f -> !kinds.contains(f.kind()));
        scope.retainAll(kinds);
        return run(files, scope, early);
    }

    /**
     * A venue's own folder over the shipped one (issue 14): a file at the same place
     * (exercises/listening.yaml) replaces the shipped file, any other is added. Messages name the
     * venue's files by their full path, so nobody looks for them among the shipped ones.
     */
    private static void layer(Path root, Path venue, List<ContentFile> files, Set<Kind> scope, List<Diagnostic> early) {
        List<ContentFile> theirs = ContentFiles.underRoot(venue, venue.toAbsolutePath().normalize().toString(), true,
                early);
        Set<Path> replaced = new HashSet<>();
        for (ContentFile f : theirs) {
            replaced.add(venue.relativize(f.path()).normalize());
        }
        files.removeIf(f -> replaced.contains(root.relativize(f.path()).normalize()));
        files.addAll(theirs);
        for (Kind k : Kind.values()) {
            if (Files.isDirectory(venue.resolve(k.folder))) {
                scope.add(k);
            }
        }
    }

    /**
     * Loads files and folders named on a command line; messages name them as given. References to
     * files that were not named are checked against the content root the files live in (or the
     * default root), which is read quietly for the purpose.
     */
    public static Result loadPaths(List<Path> paths) {
        List<Diagnostic> early = new ArrayList<>();
        List<ContentFile> files = new ArrayList<>(ContentFiles.fromPaths(paths, early));
        Set<Path> seen = new HashSet<>();
        for (ContentFile f : files) {
            seen.add(f.path().toAbsolutePath().normalize());
        }
        Set<Path> roots = new java.util.LinkedHashSet<>();
        for (Path p : paths) {
            Path root = ContentFiles.rootOf(p);
            roots.add(root != null ? root : ContentRoot.locate().toAbsolutePath().normalize());
        }
        Set<Kind> scope = EnumSet.noneOf(Kind.class);
        for (ContentFile f : files) {
            if (f.kind() != null) {
                scope.add(f.kind());
            }
        }
        List<Path> fallbacks = new ArrayList<>();
        fallbacks.add(ContentRoot.locate().toAbsolutePath().normalize());
        if (ContentRoot.besideJar() != null) {
            fallbacks.add(ContentRoot.besideJar().toAbsolutePath().normalize());
        }
        for (Path root : roots) {
            for (Kind k : Kind.values()) {
                // A draft folder may hold only exercises: its references are checked against the
                // default content for the kinds it lacks.
                Path from = Files.isDirectory(root.resolve(k.folder)) ? root : null;
                for (int i = 0; from == null && i < fallbacks.size(); i++) {
                    from = Files.isDirectory(fallbacks.get(i).resolve(k.folder)) ? fallbacks.get(i) : null;
                }
                if (from == null) {
                    continue;
                }
                scope.add(k);
                for (ContentFile f : ContentFiles.inFolder(from.resolve(k.folder), from.resolve(k.folder).toString(), k,
                        false, new ArrayList<>())) {
                    if (seen.add(f.path().toAbsolutePath().normalize())) {
                        files.add(f);
                    }
                }
            }
        }
        return run(files, scope, early);
    }

    private static Result run(List<ContentFile> files, Set<Kind> scope, List<Diagnostic> early) {
        files.sort(Comparator.comparing(ContentFile::display));
        List<Loaded> loaded = new ArrayList<>();
        for (ContentFile file : files) {
            loaded.add(readSafely(file));
        }
        for (Loaded l : loaded) {
            if (l.kind != null) {
                scope.add(l.kind);
            }
        }
        new CrossCheck(loaded, scope).run();

        Map<String, Exercise> exercises = new LinkedHashMap<>();
        Map<String, Deck> decks = new LinkedHashMap<>();
        Map<String, Programme> programmes = new LinkedHashMap<>();
        Map<String, Handout> handouts = new LinkedHashMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>(early);
        int count = 0;
        for (Loaded l : loaded) {
            if (!l.file.report()) {
                continue;
            }
            count++;
            diagnostics.addAll(l.findings.diagnostics());
            if (l.findings.errorCount() > 0 || l.value == null) {
                continue;
            }
            switch (l.kind) {
                case EXERCISE -> exercises.put(l.id, (Exercise) l.value);
                case DECK -> decks.put(l.id, (Deck) l.value);
                case PROGRAMME -> programmes.put(l.id, (Programme) l.value);
                case HANDOUT -> handouts.put(l.id, (Handout) l.value);
                default -> throw new IllegalStateException();
            }
        }
        diagnostics.sort(Comparator.comparing(Diagnostic::file)
                .thenComparingInt(Diagnostic::line)
                .thenComparingInt(Diagnostic::column));
        return new Result(new ContentLibrary(exercises, decks, programmes, handouts), diagnostics, count);
    }

    /** One file as read: its kind, id (when readable), value (when clean so far) and references. */
    static final class Loaded {
        final ContentFile file;
        final Findings findings;
        Kind kind;
        String id;
        int idLine = 1;
        int idColumn = 1;
        Object value;
        final List<Ref> refs = new ArrayList<>();
        /** For a deck: where its levels and prompts are (used by {@link LibraryChecks}). */
        final DeckPlaces deckPlaces = new DeckPlaces();

        /** An id as written, repaired as {@link Fields#word} repairs it, for a file that did not load. */
        static String repairedId(String written) {
            return TextRepair.repair(written).text().strip();
        }

        Loaded(ContentFile file) {
            this.file = file;
            this.findings = new Findings(file.display());
            this.kind = file.kind();
        }
    }

    private static Loaded readSafely(ContentFile file) {
        Loaded l = new Loaded(file);
        try {
            read(l);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug of ours must not stop the other files, nor show a stack trace; the log keeps it.
            LOG.log(Level.WARNING, "failed to read " + file.display(), e);
            l.findings.error(1, 1, "could not be read (" + e.getClass().getSimpleName()
                    + "); this is a bug in Kindred, the details are in the log");
            l.value = null;
        }
        return l;
    }

    private static void read(Loaded l) {
        ContentFile file = l.file;
        String text = SourceText.read(file.path(), l.findings);
        if (text == null) {
            return;
        }
        SourceFile origin = new SourceFile(file.path(), file.display());
        if (l.kind == Kind.HANDOUT) {
            l.value = HandoutReader.read(text, origin, file.stem(), l.findings);
            peekHandoutId(text, l);
            return;
        }
        YNode root = YamlTree.read(SourceText.plainSpaces(text, l.findings, 0), l.findings, 0);
        if (root == null) {
            boolean hasContent = text.lines().anyMatch(line -> !line.isBlank() && !line.strip().startsWith("#"));
            if (hasContent && text.lines().noneMatch(line -> line.startsWith("id:")) && l.findings.errorCount() > 0) {
                // Prose pasted into a .yaml file: the syntax error alone would not say what is wrong.
                l.findings.error(1, 1, "this does not look like a Kindred " + (l.kind == null ? "content file"
                        : l.kind.word) + ": it has no \"id:\" line; content files are \"key: value\" lines"
                        + " (id:, title:, ...) as described in docs/CONTENT-FORMAT.md");
            }
            return;
        }
        if (!(root instanceof YNode.Map map)) {
            l.findings.error(root, "expected \"key: value\" lines (id:, title:, ...) at the top of the file, got "
                    + root.describe());
            return;
        }
        if (l.kind == null) {
            l.kind = map.get("levels") != null ? Kind.DECK
                    : map.get("items") != null || map.get("length") != null ? Kind.PROGRAMME : Kind.EXERCISE;
        }
        YNode.Entry idEntry = map.get("id");
        if (idEntry != null && idEntry.value() instanceof YNode.Scalar s) {
            l.id = Loaded.repairedId(s.text());
            l.idLine = s.line();
            l.idColumn = s.column();
        }
        switch (l.kind) {
            case EXERCISE -> l.value = ExerciseReader.read(map, origin, file.stem(), l.findings, l.refs);
            case DECK -> l.value = DeckReader.read(map, origin, file.stem(), l.findings, l.deckPlaces);
            case PROGRAMME -> l.value = ProgrammeReader.read(map, origin, file.stem(), l.findings, l.refs);
            default -> throw new IllegalStateException("kind " + l.kind);
        }
        if (l.value instanceof Exercise e) {
            l.id = e.id();
        } else if (l.value instanceof Deck d) {
            l.id = d.id();
        } else if (l.value instanceof ProgrammeReader.Draft d) {
            l.id = d.id();
        }
    }

    /** Where a handout's id is, for duplicate messages; the front matter has been checked already. */
    private static void peekHandoutId(String text, Loaded l) {
        String[] lines = text.split("\n", 60);
        for (int i = 1; i < lines.length - 1; i++) {
            String t = lines[i].strip();
            if (t.equals("---")) {
                return;
            }
            if (lines[i].startsWith("id:")) {
                String rest = lines[i].substring(3);
                // The id as the reader repaired it (look-alike letters mapped), as for exercises: the
                // library and every reference use that one.
                l.id = l.value instanceof Handout h ? h.id() : Loaded.repairedId(rest.strip().replaceAll("^[\"']|[\"']$", ""));
                l.idLine = i + 1;
                l.idColumn = 4 + (rest.length() - rest.stripLeading().length());
                return;
            }
        }
    }
}
