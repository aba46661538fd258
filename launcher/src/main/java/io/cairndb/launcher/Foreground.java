package io.cairndb.launcher;

import java.util.concurrent.CountDownLatch;

/** Runs a started server in the foreground until SIGTERM or Ctrl-C, which close it cleanly. */
final class Foreground {
    private Foreground() {
    }

    /** Prints {@code startedMessage} on stdout (scripts wait for it), then blocks until the JVM is asked to stop. */
    static int serve(AutoCloseable server, String startedMessage) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("cairn: error while stopping: " + e);
            } finally {
                stopped.countDown();
            }
        }, "cairn-shutdown"));
        System.out.println(startedMessage);
        System.out.flush();
        stopped.await();
        return 0;
    }
}
