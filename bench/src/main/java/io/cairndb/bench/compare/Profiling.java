package io.cairndb.bench.compare;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Optional JDK Flight Recorder profiles of the servers (`--profile DIR`), to say where a server's
 * time goes. The recording covers the server's whole life and is written when it is stopped
 * (SIGTERM runs the JVM's shutdown, which dumps it). Profiling costs a little CPU, so figures of a
 * profiled run are for diagnosis, not for the results table.
 */
public final class Profiling {

  private Profiling() {
  }

  public static Path recordingFile(Path dir, String serverName) {
    return dir.toAbsolutePath().resolve(serverName.replace(' ', '-') + ".jfr");
  }

  public static List<String> jvmOptions(Path recording) {
    return List.of("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + recording);
  }

  /** A directory for the recordings of a server made of several JVMs (a cluster): one file per process. */
  public static Path recordingDir(Path dir, String serverName) {
    return dir.toAbsolutePath().resolve(serverName.replace(' ', '-'));
  }

  /** JVM options that record into {@code directory}, which must exist: JFR names each file by its PID. */
  public static List<String> jvmOptionsForDirectory(Path directory) {
    return List.of("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + directory + "/");
  }

  /** {@link #printHotMethods} for each recording in {@code directory}. */
  public static void printHotMethodsIn(Path directory, PrintStream out) {
    try (var files = Files.list(directory)) {
      List<Path> recordings = files.filter(f -> f.toString().endsWith(".jfr")).sorted().toList();
      if (recordings.isEmpty()) {
        out.println("no profile was written to " + directory);
      }
      recordings.forEach(recording -> printHotMethods(recording, out));
    } catch (IOException e) {
      out.println("cannot list the profiles in " + directory + ": " + e.getMessage());
    }
  }

  /** Prints the recording's hottest methods with the JDK's own {@code jfr view hot-methods}. */
  public static void printHotMethods(Path recording, PrintStream out) {
    if (!Files.isRegularFile(recording)) {
      out.println("no profile was written to " + recording);
      return;
    }
    Path jfr = Path.of(System.getProperty("java.home"), "bin", "jfr");
    try {
      Process view = new ProcessBuilder(jfr.toString(), "view", "--width", "160", "hot-methods", recording.toString())
          .redirectErrorStream(true).start();
      String text = new String(view.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      view.waitFor();
      out.println("profile: " + recording + " (jfr view hot-methods):");
      out.println(text);
    } catch (IOException e) {
      out.println("profile written to " + recording + "; cannot run " + jfr + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
