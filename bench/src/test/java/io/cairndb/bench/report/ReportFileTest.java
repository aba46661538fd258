package io.cairndb.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFileTest {

  @TempDir
  Path dir;

  @Test
  void resultsReplaceThoseBetweenTheMarkersAndKeepTheProseAroundThem() throws IOException {
    Path doc = dir.resolve("benchmarks.md");
    Files.writeString(doc, "# Benchmarks\n\nHow to run.\n\n" + ReportFile.START + "\nold results\n" + ReportFile.END
        + "\n\nAfterword.\n");

    ReportFile.write(doc, ReportFixtures.comparison());

    String text = Files.readString(doc);
    assertThat(text).startsWith("# Benchmarks\n\nHow to run.\n\n" + ReportFile.START + "\n### Run of")
        .doesNotContain("old results")
        .endsWith(ReportFile.END + "\n\nAfterword.\n")
        .contains("| a | CairnDB | 2,000 | 2,000 |");
  }

  @Test
  void aFileWithoutMarkersGetsTheResultsAppended() {
    String merged = ReportFile.mergeMarkdown("# Notes\n", "### Run\n");

    assertThat(merged).isEqualTo("# Notes\n\n" + ReportFile.START + "\n### Run\n" + ReportFile.END + "\n");
  }

  @Test
  void aNewMarkdownFileGetsATitle() {
    assertThat(ReportFile.mergeMarkdown(null, "### Run\n"))
        .isEqualTo("# CairnDB benchmark results\n\n" + ReportFile.START + "\n### Run\n" + ReportFile.END + "\n");
  }

  @Test
  void jsonCarriesTheRawAndDerivedFigures() throws IOException {
    Path json = dir.resolve("out.json");

    ReportFile.write(json, ReportFixtures.comparison());

    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertThat(root.path("machine").path("cores").asInt()).isEqualTo(2);
    assertThat(root.path("settings").path("threads").asInt()).isEqualTo(32);
    JsonNode cairn = root.path("targets").get(1);
    assertThat(cairn.path("server").asText()).isEqualTo("CairnDB");
    JsonNode a = cairn.path("phases").get(0);
    assertThat(a.path("operations").asLong()).isEqualTo(2000);
    assertThat(a.path("errors").asLong()).isEqualTo(1);
    assertThat(a.path("opsPerSecond").asDouble()).isEqualTo(2000.0);
    assertThat(a.path("serverCpuMillisPerOp").asDouble()).isEqualTo(0.06, offset(1e-9));
    assertThat(a.path("latency").path("p999Micros").asLong()).isEqualTo(3000);
    assertThat(a.path("clientCpuMillisPerOp").asDouble()).isEqualTo(0.4, offset(1e-9));
    assertThat(a.path("byOperation").get(1).path("apiName").asText()).isEqualTo("UpdateItem");
  }
}
