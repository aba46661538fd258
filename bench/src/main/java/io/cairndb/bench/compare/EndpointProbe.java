package io.cairndb.bench.compare;

import io.cairndb.bench.ycsb.DynamoDbClients;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Waits until a freshly started server answers ListTables, or fails once its deadline passes. */
public final class EndpointProbe {

  private static final Duration POLL = Duration.ofMillis(100);

  private EndpointProbe() {
  }

  public static void awaitReady(URI endpoint, RunningServer server, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try (DynamoDbClient client = DynamoDbClients.create(endpoint, 1)) {
      SdkException last = null;
      while (System.nanoTime() - deadline < 0) {
        if (!server.isAlive()) {
          throw new ServerStartException("exited during start-up; last output:\n" + server.logTail());
        }
        try {
          client.listTables();
          return;
        } catch (SdkException e) {
          last = e;
        }
        try {
          Thread.sleep(POLL);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new ServerStartException("interrupted while waiting for " + endpoint);
        }
      }
      throw new ServerStartException("did not answer ListTables at " + endpoint + " within "
          + timeout.toSeconds() + " s (last error: " + (last == null ? "none" : last.getMessage())
          + "); last output:\n" + server.logTail());
    }
  }
}
