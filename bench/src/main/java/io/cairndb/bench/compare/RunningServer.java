package io.cairndb.bench.compare;

import java.net.URI;
import java.util.List;

/**
 * A server under test that has been started: where its DynamoDB API answers, which processes its
 * CPU time is read from, and how to stop it. Closing stops every process it started, by PID.
 */
public interface RunningServer extends AutoCloseable {

  URI endpoint();

  /** Every process that serves the API (one for a single server, every node and router of a cluster). */
  List<Long> pids();

  /** False once a process of the server has exited. */
  boolean isAlive();

  /** The end of the server's output, for error messages. */
  String logTail();

  @Override
  void close();
}
