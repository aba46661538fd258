package io.cairndb.chaos.nemesis;

import io.cairndb.launcher.fault.ClockFault;
import io.cairndb.launcher.fault.FaultFiles;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The clock offset files of a cluster's processes ({@link ClockFault}): {@code <dir>/<process id>}
 * holds the milliseconds that process's wall clock is off by.
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
        FaultFiles.write(dir, processId, Long.toString(offsetMillis));
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
