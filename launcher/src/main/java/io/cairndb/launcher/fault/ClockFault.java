package io.cairndb.launcher.fault;

import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wall clock of a node or router process: the system's, unless the deliberate test-only
 * fault {@code -Dcairn.fault.clockOffsetDir=<dir>} is on; then it is off by the milliseconds in
 * {@code <dir>/<process id>} (a node's {@code --id}, a router's {@code --id}: the ids of
 * cluster.json), which the chaos tests' clock nemesis rewrites while the process runs. Every
 * process gets the same JVM flags, hence a directory and a file per process. Never set in
 * production; the process logs a warning when it is on.
 */
public final class ClockFault {
    public static final String OFFSET_DIR = "cairn.fault.clockOffsetDir";
    private static final Logger LOG = LoggerFactory.getLogger(ClockFault.class);

    private ClockFault() {
    }

    /** The clock for the process named {@code processId}. */
    public static Clock forProcess(String processId) {
        String dir = System.getProperty(OFFSET_DIR, "");
        if (dir.isBlank()) {
            return Clock.systemUTC();
        }
        Path file = FaultFiles.ofProcess(Path.of(dir), processId);
        LOG.warn("event=fault_injection_on clockOffsetFile={} (a deliberate fault for testing: this process's wall "
                + "clock is off by the milliseconds in that file)", file);
        return new OffsetFileClock(Clock.systemUTC(), file, System::nanoTime);
    }
}
