package io.cairndb.bench.compare;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops processes by PID: SIGTERM to all, then SIGKILL to whichever is still alive after the grace period. */
final class ProcessStopper {

  private ProcessStopper() {
  }

  static void stop(String name, List<ProcessHandle> processes, Duration grace) {
    processes.forEach(ProcessHandle::destroy);
    for (ProcessHandle handle : processes) {
      if (!awaitExit(handle, grace)) {
        System.err.printf("%s (pid %d) ignored SIGTERM for %d s: killing it%n", name, handle.pid(), grace.toSeconds());
        handle.destroyForcibly();
        awaitExit(handle, grace);
      }
    }
  }

  static boolean awaitExit(ProcessHandle handle, Duration timeout) {
    try {
      handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return !handle.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !handle.isAlive();
    }
  }
}
