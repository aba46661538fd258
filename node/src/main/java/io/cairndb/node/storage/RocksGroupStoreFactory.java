package io.cairndb.node.storage;

import io.cairndb.replication.store.GroupStore;
import io.cairndb.replication.store.GroupStoreFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.stream.Stream;

/**
 * Opens {@link RocksGroupStore}s, and restores one from a checkpoint: the directory's content
 * is replaced by a copy of the checkpoint's files (immutable SST files are hard-linked, the
 * rest copied, since RocksDB may rewrite them on open), skipping the {@code .md5} files Ratis
 * adds to installed snapshots.
 */
public final class RocksGroupStoreFactory implements GroupStoreFactory {
    private final Clock clock;

    /** Stores on the system clock. */
    public RocksGroupStoreFactory() {
        this(Clock.systemUTC());
    }

    /** Stores on the node's wall clock. */
    public RocksGroupStoreFactory(Clock clock) {
        this.clock = clock;
    }

    @Override
    public GroupStore open(Path directory) {
        return RocksGroupStore.open(directory, clock);
    }

    /**
     * Copies into a sibling directory first and swaps it in by renames, so a crash leaves either
     * the old store, no store (the state machine then restores again: an empty store is behind
     * the snapshot) or the new one, never a half-copied database.
     */
    @Override
    public GroupStore restore(Path checkpoint, Path directory) {
        Path staging = directory.resolveSibling(directory.getFileName() + ".restoring");
        try {
            deleteRecursively(staging);
            Files.createDirectories(staging);
            try (Stream<Path> files = Files.list(checkpoint)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String name = file.getFileName().toString();
                    if (!name.endsWith(".md5")) {
                        copy(file, staging.resolve(name));
                    }
                }
            }
            deleteRecursively(directory);
            Files.move(staging, directory, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore " + directory + " from " + checkpoint, e);
        }
        return RocksGroupStore.open(directory, clock);
    }

    private static void copy(Path source, Path target) throws IOException {
        if (source.getFileName().toString().endsWith(".sst")) {
            try {
                Files.createLink(target, source);
                return;
            } catch (IOException | UnsupportedOperationException e) {
                // another file system, or links unsupported: copy instead
            }
        }
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
