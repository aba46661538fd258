package io.cairndb.bench.compare;

/** A comparison server that did not come up; the message carries the end of its output. */
public final class ServerStartException extends RuntimeException {

  public ServerStartException(String message) {
    super(message);
  }
}
