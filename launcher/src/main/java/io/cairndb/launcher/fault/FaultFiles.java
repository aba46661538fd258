package io.cairndb.launcher.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a process finds its test-fault file: every process of a cluster gets the same JVM flags,
 * so a fault names a directory and each process reads the file named by its id. The chaos tests
 * write these files while the processes run ({@link #write}); the processes poll them.
 */
public final class FaultFiles {
    private FaultFiles() {
    }

    /** {@code dir/processId}; the id (a node's or router's {@code --id}) must be a plain file name. */
    public static Path ofProcess(Path dir, String processId) {
        if (processId.isEmpty() || !Path.of(processId).getFileName().toString().equals(processId)
                || processId.equals("..") || processId.equals(".")) {
            throw new IllegalArgumentException("a process id must be a plain file name for a fault file, was '"
                    + processId + "'");
        }
        return dir.resolve(processId);
    }

    /**
     * Replaces the fault file of {@code processId} whole (a temporary file renamed over it), so
     * the process never reads half of it.
     */
    public static void write(Path dir, String processId, String text) {
        Path file = ofProcess(dir, processId);
        try {
            Files.createDirectories(dir);
            Path temporary = Files.createTempFile(dir, "." + processId + "-", ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the fault file " + file, e);
        }
    }
}
