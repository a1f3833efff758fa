package org.backboneplanner.runtime;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One runtime per data folder: a second {@code ./run-local.sh} on the same folder (another terminal, a start
 * left running) would open Kafka's log and the MongoDB file under the first one and spoil them, so it stops at
 * once with a clear message. The operating system lets the lock go with the process, however it ends.
 */
final class DataFolderLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws IllegalStateException when another runtime holds the folder */
    static DataFolderLock take(Path data) throws IOException {
        Files.createDirectories(data);
        FileChannel channel = FileChannel.open(data.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("another Backbone Planner is running with the data in " + data
                    + " (stop it first, or set BACKBONE_DATA to another folder)");
        }
        return new DataFolderLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
