package io.cairndb.bench;

import picocli.CommandLine;

/**
 * Runs `cairn bench` without the launcher:
 * {@code java -cp <bench classpath> io.cairndb.bench.BenchMain --endpoint URL ...}.
 */
public final class BenchMain {

  private BenchMain() {
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchCommand()).execute(args));
  }
}
