package app.kindred.persist;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One kiosk per data folder: an OS lock ({@code fcntl}, through {@link FileChannel#tryLock}) on
 * {@code kindred.lock} in the data folder's root, held for the life of the process. The kernel
 * releases it when the process ends however it ends (exit, crash, SIGKILL, power cut), so a crash
 * never leaves the kiosk locked out; the file itself stays and means nothing on its own. The holder
 * writes its process id into the file so a second start can name it.
 */
public final class InstanceLock implements AutoCloseable {
    static final String FILE = "kindred.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the data folder's lock, or returns empty when another process holds it (see
     * {@link #holder}). Also empty when this JVM already holds it: one kiosk per JVM too.
     */
    public static Optional<InstanceLock> tryAcquire(DataFolders folders) throws IOException {
        Path file = file(folders);
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        if (lock == null) {
            ch.close();
            return Optional.empty();
        }
        byte[] pid = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
        ch.truncate(0);
        ch.write(ByteBuffer.wrap(pid), 0);
        ch.force(false);
        return Optional.of(new InstanceLock(ch, lock));
    }

    /** The process id the lock's holder wrote, if it can be read. */
    public static OptionalLong holder(DataFolders folders) {
        try {
            String text = Files.readString(file(folders), StandardCharsets.US_ASCII).strip();
            return text.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(text));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static Path file(DataFolders folders) throws IOException {
        Files.createDirectories(folders.root());
        return folders.root().resolve(FILE);
    }

    /** Lets go early (tests); otherwise the lock simply ends with the process. */
    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
