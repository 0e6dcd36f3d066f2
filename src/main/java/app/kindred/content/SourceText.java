package app.kindred.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a content file as text: refuses files over the size limit and bytes that are not UTF-8, and
 * drops the characters the YAML parser would refuse (stray control characters pasted from the web),
 * reporting them as warnings.
 */
final class SourceText {
    /** Files larger than this are refused unread: no exercise or handout comes near it. */
    static final int MAX_BYTES = 256 * 1024;

    private SourceText() {
    }

    /** The file's text with line breaks kept as written, or null when it was refused (error recorded). */
    static String read(Path path, Findings findings) {
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                findings.error(1, 1, "file is " + humanSize(size) + "; content files may be at most 256 KiB"
                        + " (is this the right file?)");
                return null;
            }
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
        } catch (IOException e) {
            findings.error(1, 1, "cannot read the file: " + describe(e));
            return null;
        }
        if (bytes.length > MAX_BYTES) {
            findings.error(1, 1, "file is over 256 KiB; content files may be at most 256 KiB (is this the right file?)");
            return null;
        }
        return decode(bytes, findings);
    }

    /** Strict UTF-8; a leading byte order mark is dropped. */
    static String decode(byte[] bytes, Findings findings) {
        int start = 0;
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            findings.error(1, 1, "file is saved as UTF-16; save it as UTF-8");
            return null;
        }
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            start = 3;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            int line = 1;
            int column = 1;
            for (int i = 0; i < out.length(); i++) {
                char c = out.charAt(i);
                if (c == '\n') {
                    line++;
                    column = 1;
                } else if (!Character.isLowSurrogate(c)) {
                    column++;
                }
            }
            int bad = bytes[in.position()] & 0xFF;
            findings.error(line, column, String.format(Locale.ROOT,
                    "not valid UTF-8: byte 0x%02X cannot be read here; save the file as UTF-8"
                            + " (the text may have been pasted from a document in another encoding)", bad));
            return null;
        }
        decoder.flush(out);
        out.flip();
        return dropUnreadable(out.toString(), findings);
    }

    /**
     * Removes characters YAML cannot hold (C0/C1 controls other than tab and line breaks, DEL,
     * U+FFFE/U+FFFF) and turns Unicode line/paragraph separators into spaces, so the parser and an
     * editor agree on line numbers. One warning per affected line.
     */
    static String dropUnreadable(String text, Findings findings) {
        int n = text.length();
        int i = 0;
        while (i < n && !unreadable(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder b = new StringBuilder(n);
        int line = 1;
        int column = 1;
        int[] removed = new int[8];
        int removedCount = 0;
        int separators = 0;
        int firstColumn = 0;
        for (int k = 0; k < n; k++) {
            char c = text.charAt(k);
            boolean endOfLine = c == '\n';
            if (unreadable(c)) {
                if (firstColumn == 0) {
                    firstColumn = column;
                }
                if (CharacterPolicy.of(c) == CharacterPolicy.CharClass.LINE_BREAK) {
                    // Editors disagree on whether these end a line; the parser counts LF only.
                    b.append(CharacterPolicy.lineBreak(false));
                    separators++;
                } else {
                    if (removedCount == removed.length) {
                        removed = java.util.Arrays.copyOf(removed, removedCount * 2);
                    }
                    removed[removedCount++] = column;
                }
            } else {
                b.append(c);
            }
            if (endOfLine || k == n - 1) {
                if (removedCount > 0 || separators > 0) {
                    if (removedCount > 0) {
                        findings.columnsRemoved(line, java.util.Arrays.copyOf(removed, removedCount));
                    }
                    java.util.List<String> parts = new java.util.ArrayList<>();
                    if (removedCount > 0) {
                        parts.add("removed " + TextRepair.plural(removedCount, "control character"));
                    }
                    if (separators > 0) {
                        parts.add("replaced " + TextRepair.plural(separators, "unusual line separator") + " with a space");
                    }
                    findings.warningAsWritten(line, firstColumn, String.join(" and ", parts));
                }
                line++;
                column = 1;
                removedCount = 0;
                separators = 0;
                firstColumn = 0;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return b.toString();
    }

    /**
     * In YAML a non-breaking or other odd space is not white space: pasted into the indentation, after
     * a list dash or after a key's colon it breaks the structure in ways the parser explains badly.
     * Those become plain spaces (one for one, so columns stay right) before parsing, with one warning
     * per line. Odd spaces inside values are left to {@link TextRepair}, which reports them per value.
     */
    static String plainSpaces(String text, Findings findings, int lineOffset) {
        int n = text.length();
        int i = 0;
        while (i < n && !oddSpace(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        char[] chars = text.toCharArray();
        int lineStart = 0;
        int line = 1;
        while (lineStart <= n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int replaced = 0;
            int first = 0;
            int k = lineStart;
            // Indentation and list dashes: "  - - item".
            while (k < lineEnd && (chars[k] == ' ' || oddSpace(chars[k])
                    || (chars[k] == '-' && k + 1 < lineEnd && (chars[k + 1] == ' ' || oddSpace(chars[k + 1]))))) {
                if (oddSpace(chars[k])) {
                    chars[k] = ' ';
                    replaced++;
                    first = first == 0 ? k - lineStart + 1 : first;
                }
                k++;
            }
            // A key and its colon: "title:<nbsp>Hello".
            int key = k;
            while (key < lineEnd && (Character.isLetterOrDigit(chars[key]) || chars[key] == '_' || chars[key] == '-')) {
                key++;
            }
            if (key > k && key + 1 < lineEnd && chars[key] == ':' && oddSpace(chars[key + 1])) {
                chars[key + 1] = ' ';
                replaced++;
                first = first == 0 ? key + 2 - lineStart : first;
            }
            if (replaced > 0) {
                findings.warningAsWritten(line + lineOffset, first, "repaired " + TextRepair.plural(replaced,
                        "non-breaking space") + " where YAML needs plain spaces");
            }
            lineStart = lineEnd + 1;
            line++;
        }
        return new String(chars);
    }

    private static boolean oddSpace(char c) {
        return c == '\u00A0' || c == '\u202F' || (c >= '\u2000' && c <= '\u200A') || c == '\u205F'
                || c == '\u3000' || c == '\u1680';
    }

    /** What {@link CharacterPolicy} removes from a source file, or makes a space: controls, separators, non-characters. */
    private static boolean unreadable(char c) {
        if (c >= 0x20 && c < 0x7F || c == '\n' || c == '\r') {
            return false;
        }
        CharacterPolicy.CharClass k = CharacterPolicy.of(c);
        return k == CharacterPolicy.CharClass.LINE_BREAK || k == CharacterPolicy.CharClass.CONTROL
                || k == CharacterPolicy.CharClass.NON_CHARACTER;
    }

    static String humanSize(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
        }
        return String.format(Locale.ROOT, "%d KiB", (bytes + 1023) / 1024);
    }

    static String describe(IOException e) {
        String m = e.getMessage();
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return m == null ? kind : kind + " " + m;
    }
}
