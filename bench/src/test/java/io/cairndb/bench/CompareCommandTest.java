package io.cairndb.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `cairn bench compare` argument handling and its skip path; no server is started. */
class CompareCommandTest {

  @TempDir
  Path dir;

  @Test
  void anUnknownServerIsAUsageError() {
    StringWriter err = new StringWriter();
    int status = command(err).execute("compare", "--servers", "local,bogus");
    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).contains("unknown server 'bogus' (known: local, single, dev, cluster) in --servers");
  }

  @Test
  void theClusterNeedsAtLeastOneNode() {
    StringWriter err = new StringWriter();
    assertThat(command(err).execute("compare", "--servers", "cluster", "--cluster-nodes", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--cluster-nodes must be positive");
  }

  @Test
  void serversThatCannotRunHereAreReportedAsSkippedSideBySide() throws IOException {
    Path out = dir.resolve("results.md");
    Path noScript = dir.resolve("no-cairn");
    int status = command(new StringWriter()).execute("compare", "--servers", "single,cluster",
        "--cairn", noScript.toString(), "--dynamodb-local-lib", dir.toString(), "--records", "10",
        "--operations", "10", "--out", out.toString());

    assertThat(status).isZero();
    assertThat(Files.readString(out))
        .contains("**CairnDB single node skipped:** no executable " + noScript)
        .contains("**CairnDB 3-node cluster skipped:** no executable " + noScript);
  }

  private static CommandLine command(StringWriter err) {
    return new CommandLine(new BenchCommand()).setErr(new PrintWriter(err, true));
  }
}
