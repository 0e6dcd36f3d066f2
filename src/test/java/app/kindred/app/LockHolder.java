package app.kindred.app;

import app.kindred.persist.DataFolders;
import app.kindred.persist.InstanceLock;
import java.nio.file.Path;

/** A child JVM for {@link OneKioskTest}: takes the data folder's lock, says so, and waits to be killed. */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        InstanceLock lock = InstanceLock.tryAcquire(new DataFolders(Path.of(args[0]))).orElseThrow();
        System.out.println("HELD");
        System.out.flush();
        // Blocks until the parent kills this JVM (stdin stays open and silent).
        System.in.read();
        lock.close();
    }
}
