package app.kindred.persist;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that a crash leaves either the old or the new content, never a mix: write a
 * temporary file beside it, fsync it, rename it over the target, fsync the folder.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes {@code bytes} to {@code target} whole or not at all; {@code ownerOnly}: rw------- where the disk has POSIX permissions. */
    public static void write(Path target, byte[] bytes, boolean ownerOnly) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + target.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Set<StandardOpenOption> opts = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        FileAttribute<?>[] attrs = ownerOnly && posix(dir)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        try (FileChannel ch = FileChannel.open(tmp, opts, attrs)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        syncDirectory(dir);
    }

    /** Makes the rename itself durable; some platforms cannot open a folder, which is fine there. */
    static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Not supported on this platform: the rename is still atomic, only its durability is weaker.
        }
    }

    /** The suffix of a file moved aside by {@link #destroy}: what {@link #destroyLeftovers} looks for. */
    static final String DESTROYING = ".destroying";

    /**
     * Destroys a file so that a kill at any moment leaves either the whole file under its own name or
     * no file under that name: first renames it atomically to a hidden {@code .NAME.destroying} beside
     * it (and syncs the folder), then overwrites that with zeros, syncs and deletes it. Zeroing in
     * place would leave, after a kill between zeroing and deleting, a file of zeros under the real
     * name (issue 13: a journal with no valid header, quarantined at the next start). Zeroing is best
     * effort against undelete on spinning disks; {@link #destroyLeftovers} finishes a cut-off one.
     */
    static void destroy(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Path dir = file.toAbsolutePath().getParent();
        Path aside = dir.resolve("." + file.getFileName() + DESTROYING);
        try {
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        }
        syncDirectory(dir);
        zeroAndDelete(aside);
    }

    /** Zeroes and deletes every file a cut-off {@link #destroy} left in {@code dir}; returns how many. */
    static int destroyLeftovers(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int n = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, ".*" + DESTROYING)) {
            for (Path p : ds) {
                if (Files.isRegularFile(p)) {
                    zeroAndDelete(p);
                    n++;
                }
            }
        }
        return n;
    }

    private static void zeroAndDelete(Path file) throws IOException {
        long size = Files.size(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ByteBuffer zeros = ByteBuffer.allocate((int) Math.min(size, 65536));
            long written = 0;
            while (written < size) {
                zeros.clear();
                zeros.limit((int) Math.min(zeros.capacity(), size - written));
                written += ch.write(zeros, written);
            }
            ch.force(true);
        }
        Files.delete(file);
    }

    static boolean posix(Path dir) throws IOException {
        return Files.getFileStore(dir).supportsFileAttributeView("posix");
    }
}
