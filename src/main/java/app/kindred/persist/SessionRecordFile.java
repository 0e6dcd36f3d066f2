package app.kindred.persist;

import app.kindred.session.SessionRecord;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes a {@link SessionRecord} as YAML, the format described in {@code docs/SESSION-RECORD.md}:
 * readable by a facilitator, re-readable to print a summary again. A record holding the couple's
 * words is written owner-only (0600).
 */
public final class SessionRecordFile {
    static final String HEADER = """
            # Kindred session record (format %d). How to read it: docs/SESSION-RECORD.md
            # Times of day are UTC (ISO-8601). Durations: 4m = four minutes, 1m30s, 12.5s.
            """;

    private static final ObjectMapper YAML = Mappers.yaml();

    private SessionRecordFile() {
    }

    public static String toYaml(SessionRecord record) {
        try {
            return HEADER.formatted(record.format()) + YAML.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A session record could not be written as YAML", e);
        }
    }

    /**
     * @param name how to call the text in a message (usually the file name)
     * @throws IOException naming the line and column of the problem
     */
    public static SessionRecord fromYaml(String yaml, String name) throws IOException {
        try {
            SessionRecord r = YAML.readValue(yaml, SessionRecord.class);
            if (r == null) {
                throw new IOException(name + ": the file is empty; it should hold a session record");
            }
            if (r.format() > SessionRecord.FORMAT) {
                throw new IOException(name + ": written by a newer Kindred (format " + r.format()
                        + "); this version reads format " + SessionRecord.FORMAT);
            }
            return r;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? name : name + ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new IOException(where + ": not a readable session record: " + e.getOriginalMessage(), e);
        }
    }

    public static void write(SessionRecord record, Path file) throws IOException {
        AtomicFiles.write(file, toYaml(record).getBytes(StandardCharsets.UTF_8), !record.words().isEmpty());
    }

    /**
     * Keeps a finished session for the facilitator's group summary: written to
     * {@link DataFolders#records()} as {@code YYYY-MM-DD-HHMM-PROGRAMME-ID.yaml}, always without names
     * or words. Returns the file.
     */
    public static Path keep(DataFolders folders, SessionRecord record) throws IOException {
        SessionRecord safe = record.withoutPrivateWords();
        java.time.Instant when = safe.started() != null ? safe.started() : java.time.Instant.now();
        String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm")
                .withZone(java.time.ZoneOffset.UTC).format(when);
        String id = safe.sessionId() == null ? "session" : safe.sessionId().replaceAll("[^A-Za-z0-9]", "");
        String name = stamp + "-" + safe.programmeId().replaceAll("[^a-z0-9-]", "") + "-"
                + id.substring(0, Math.min(8, id.length())) + ".yaml";
        Path file = folders.records().resolve(name);
        write(safe, file);
        return file;
    }

    /** The kept records, oldest first (their names sort by time). */
    public static java.util.List<Path> kept(DataFolders folders) throws IOException {
        try (var files = Files.list(folders.records())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
    }

    public static SessionRecord read(Path file) throws IOException {
        return fromYaml(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }
}
