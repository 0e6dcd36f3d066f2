package app.kindred.persist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * A small file framed so that a torn or altered write is detected, not misread: one header line
 * {@code KINDRED <kind> <version> <body length> <crc32 hex>} and then the body. Written atomically.
 */
final class ChecksummedFile {
    /** The file exists but cannot be trusted; the message says why in words. */
    static final class DamagedException extends IOException {
        DamagedException(String message) {
            super(message);
        }
    }

    private ChecksummedFile() {
    }

    static void write(Path file, String kind, byte[] body, boolean ownerOnly) throws IOException {
        String header = "KINDRED " + kind + " 1 " + body.length + " " + crcHex(body) + "\n";
        byte[] head = header.getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        AtomicFiles.write(file, all, ownerOnly);
    }

    static byte[] read(Path file, String kind) throws IOException {
        byte[] all = Files.readAllBytes(file);
        int nl = -1;
        for (int i = 0; i < Math.min(all.length, 200); i++) {
            if (all[i] == '\n') {
                nl = i;
                break;
            }
        }
        if (nl < 0) {
            throw new DamagedException(all.length == 0 ? "the file is empty" : "the file has no valid header");
        }
        String[] h = new String(all, 0, nl, StandardCharsets.US_ASCII).split(" ");
        if (h.length != 5 || !h[0].equals("KINDRED") || !h[1].equals(kind)) {
            throw new DamagedException("the file does not start like a Kindred " + kind + " file");
        }
        if (!h[2].equals("1")) {
            throw new DamagedException("the file was written by another version of Kindred (format " + h[2] + ")");
        }
        long length;
        try {
            length = Long.parseLong(h[3]);
        } catch (NumberFormatException e) {
            throw new DamagedException("the file's header is damaged");
        }
        byte[] body = Arrays.copyOfRange(all, nl + 1, all.length);
        if (body.length != length) {
            throw new DamagedException("the file was cut short or has extra bytes (" + body.length + " of "
                    + length + " bytes)");
        }
        if (!crcHex(body).equals(h[4])) {
            throw new DamagedException("the file's checksum does not match: it was changed or damaged");
        }
        return body;
    }

    private static String crcHex(byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        return String.format("%08x", crc.getValue());
    }
}
