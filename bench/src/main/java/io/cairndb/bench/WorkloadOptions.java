package io.cairndb.bench;

import io.cairndb.bench.run.BenchSettings;
import io.cairndb.bench.run.Workload;
import io.cairndb.bench.ycsb.TableLayout;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The options `cairn bench` and `cairn bench compare` share: what to run and where to write it. */
final class WorkloadOptions {

  @Option(names = "--records", paramLabel = "N", defaultValue = "100000", description = "Records to load (~1 KB each). Default: ${DEFAULT-VALUE}.")
  long records;

  @Option(names = "--operations", paramLabel = "N", defaultValue = "0",
      description = "Operations per workload (0 = bounded by --duration only). Default: 100000 if --duration is not given.")
  long operations;

  @Option(names = "--duration", defaultValue = "0", paramLabel = "SECONDS",
      description = "Seconds per workload (0 = bounded by --operations only).")
  long durationSeconds;

  @Option(names = "--threads", paramLabel = "T", defaultValue = "32", description = "Client threads (and pooled connections). Default: ${DEFAULT-VALUE}.")
  int threads;

  @Option(names = "--workload", paramLabel = "LIST", split = ",", defaultValue = "a,c,query,put",
      description = "Workloads in the order to run: a, c, query, put (put last: it grows the table). Default: ${DEFAULT-VALUE}.")
  List<String> workloads;

  @Option(names = "--warmup-operations", paramLabel = "N", defaultValue = "0",
      description = "Unmeasured operations before each workload, to warm up client and server JITs. Default: ${DEFAULT-VALUE}.")
  long warmupOperations;

  @Option(names = "--groups", paramLabel = "N", defaultValue = "" + TableLayout.DEFAULT_GROUPS,
      description = "Partition keys the records are spread over. Default: ${DEFAULT-VALUE}.")
  int groups;

  @Option(names = "--max-scan-length", paramLabel = "N", defaultValue = "10",
      description = "Items per Query in the query workload: uniform 1..N. Default: ${DEFAULT-VALUE}.")
  int maxScanLength;

  @Option(names = "--consistent-reads", description = "Strongly consistent GetItem/Query (default: eventually consistent, as YCSB's binding).")
  boolean consistentReads;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the results to FILE: JSON if it ends in .json, else markdown (into an existing file's results markers).")
  Path out;

  static final long DEFAULT_OPERATIONS = 100_000;

  BenchSettings settings() {
    long ops = operations == 0 && durationSeconds == 0 ? DEFAULT_OPERATIONS : operations;
    return new BenchSettings(records, ops, durationSeconds, threads,
        workloads.stream().map(Workload::fromId).toList(), groups, maxScanLength, warmupOperations,
        consistentReads);
  }
}
