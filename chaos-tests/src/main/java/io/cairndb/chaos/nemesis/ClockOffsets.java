package io.cairndb.chaos.nemesis;

import io.cairndb.launcher.fault.ClockFault;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The clock offset files of a cluster's processes ({@link ClockFault}): {@code <dir>/<process id>}
 * holds the milliseconds that process's wall clock is off by. Each file is replaced whole (a
 * temporary file renamed over it), so a process never reads half a number.
 */
public final class ClockOffsets {
    private final Path dir;
    private final Set<String> touched = new LinkedHashSet<>();

    public ClockOffsets(Path dir) {
        this.dir = dir;
    }

    /** The JVM flag that makes every process read its offset from this directory. */
    public String jvmFlag() {
        return "-D" + ClockFault.OFFSET_DIR + "=" + dir;
    }

    /** Puts the clock of {@code processId} off by {@code offsetMillis} (negative: behind). */
    public synchronized void set(String processId, long offsetMillis) {
        Path file = ClockFault.offsetFile(dir, processId);
        try {
            Files.createDirectories(dir);
            Path temporary = Files.createTempFile(dir, "." + processId + "-", ".tmp");
            Files.writeString(temporary, Long.toString(offsetMillis), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the clock offset of " + processId + " in " + dir, e);
        }
        touched.add(processId);
    }

    /** Sets every clock this object put off back to the system's. */
    public synchronized void resetAll() {
        for (String id : Set.copyOf(touched)) {
            set(id, 0);
        }
        touched.clear();
    }
}
