package io.cairndb.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a report to a file: JSON if the name ends in .json, markdown otherwise. A markdown file
 * that already exists is a document (docs/benchmarks.md) whose prose must survive: the results go
 * between its {@value #START} and {@value #END} markers, replacing the previous results, or are
 * appended if it has no markers.
 */
public final class ReportFile {

  public static final String START = "<!-- cairn-bench:results:start -->";
  public static final String END = "<!-- cairn-bench:results:end -->";

  private ReportFile() {
  }

  public static void write(Path file, BenchReport report) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
        Files.writeString(file, JsonReport.render(report));
      } else {
        String existing = Files.exists(file) ? Files.readString(file) : null;
        Files.writeString(file, mergeMarkdown(existing, MarkdownReport.render(report)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report to " + file, e);
    }
  }

  static String mergeMarkdown(String existing, String section) {
    String block = START + "\n" + section + END + "\n";
    if (existing == null || existing.isBlank()) {
      return "# CairnDB benchmark results\n\n" + block;
    }
    int start = existing.indexOf(START);
    int end = existing.indexOf(END);
    if (start >= 0 && end > start) {
      int after = end + END.length();
      if (after < existing.length() && existing.charAt(after) == '\n') {
        after++;
      }
      return existing.substring(0, start) + block + existing.substring(after);
    }
    return existing + (existing.endsWith("\n") ? "\n" : "\n\n") + block;
  }
}
