package io.cairndb.bench.compare;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How to start one server of a comparison as its own process on a given port. The factories
 * return null from {@link #missingReason} when the server can be started here.
 */
public record ServerSpec(String name, List<String> command, Map<String, String> environment, Path workDir,
                         URI endpoint, String missingReason) implements ServerLauncher {

  private static final String CAIRN_JAVA_OPTS = "CAIRN_JAVA_OPTS";
  private static final String DYNAMODB_LOCAL_MAIN = "com.amazonaws.services.dynamodbv2.local.main.ServerRunner";

  /**
   * DynamoDB Local in-memory, in a JVM of the same java as this one, from the jars and sqlite4java
   * natives the bench build copies into {@code libDir}; telemetry off both ways it can be turned off.
   */
  public static ServerSpec dynamoDbLocal(String name, Path libDir, int port, List<String> jvmOptions) {
    if (!containsDynamoDbLocalJar(libDir)) {
      return missing(name, "no DynamoDBLocal jar in " + libDir.toAbsolutePath()
          + " (build the bench module first: ./mvnw -B -q -pl bench -am package -DskipTests)");
    }
    Path lib = libDir.toAbsolutePath();
    List<String> command = new ArrayList<>(List.of(currentJava()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-Djava.library.path=" + lib, "-Dsqlite4java.library.path=" + lib,
        "-cp", lib + "/*", DYNAMODB_LOCAL_MAIN,
        "-inMemory", "-port", Integer.toString(port), "-disableTelemetry"));
    return new ServerSpec(name, command, Map.of("DDB_LOCAL_TELEMETRY", "0"), lib, loopback(port), null);
  }

  /**
   * CairnDB as one process through the `cairn` script on a fresh data directory:
   * {@code cairn dev --single-node} (the single-node server, without replication) or
   * {@code cairn dev} (the embedded 3-node cluster). Extra JVM options go through the script's
   * CAIRN_JAVA_OPTS, after any the caller already set.
   */
  public static ServerSpec cairnDev(String name, Path cairnScript, boolean singleNode, int port, Path dataDir,
                                    List<String> jvmOptions) {
    if (!Files.isRegularFile(cairnScript) || !Files.isExecutable(cairnScript)) {
      return missing(name, "no executable " + cairnScript + " here: run from the repository root"
          + " or give --cairn");
    }
    Path script = cairnScript.toAbsolutePath();
    List<String> command = new ArrayList<>(List.of(script.toString(), "dev"));
    if (singleNode) {
      command.add("--single-node");
    }
    command.addAll(List.of("--port", Integer.toString(port), "--data", dataDir.toAbsolutePath().toString()));
    Map<String, String> env = jvmOptions.isEmpty() ? Map.of() : cairnJavaOpts(jvmOptions);
    return new ServerSpec(name, command, env, script.getParent(), loopback(port), null);
  }

  /** The environment that gives the JVM the `cairn` script starts {@code jvmOptions}, after any the caller set. */
  static Map<String, String> cairnJavaOpts(List<String> jvmOptions) {
    String inherited = System.getenv().getOrDefault(CAIRN_JAVA_OPTS, "");
    return Map.of(CAIRN_JAVA_OPTS, (inherited + " " + String.join(" ", jvmOptions)).strip());
  }

  private static ServerSpec missing(String name, String reason) {
    return new ServerSpec(name, List.of(), Map.of(), null, null, reason);
  }

  @Override
  public RunningServer start(Path log, Duration startupTimeout) throws IOException {
    return ServerLauncher.awaitReady(ServerProcess.start(this, endpoint, log), startupTimeout);
  }

  private static URI loopback(int port) {
    return URI.create("http://127.0.0.1:" + port);
  }

  private static boolean containsDynamoDbLocalJar(Path libDir) {
    if (!Files.isDirectory(libDir)) {
      return false;
    }
    try (var files = Files.list(libDir)) {
      return files.anyMatch(f -> f.getFileName().toString().startsWith("DynamoDBLocal-"));
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static String currentJava() {
    return ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }
}
