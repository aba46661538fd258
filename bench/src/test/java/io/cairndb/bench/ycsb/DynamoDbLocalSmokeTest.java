package io.cairndb.bench.ycsb;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import io.cairndb.bench.compare.FreePort;
import io.cairndb.bench.cpu.ServerCpu;
import io.cairndb.bench.run.BenchRunner;
import io.cairndb.bench.run.BenchSettings;
import io.cairndb.bench.run.OperationResult;
import io.cairndb.bench.run.PhaseResult;
import io.cairndb.bench.run.Workload;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Vector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import site.ycsb.ByteIterator;
import site.ycsb.Status;
import site.ycsb.StringByteIterator;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The binding and the benchmark loop end to end, over HTTP, against DynamoDB Local running in
 * this JVM (telemetry off: -disableTelemetry here, DDB_LOCAL_TELEMETRY=0 from surefire).
 */
class DynamoDbLocalSmokeTest {

  /** Progress goes to the test report, where it shows which phase was slow if one is. */
  private static final PrintStream PROGRESS = System.out;

  private static DynamoDBProxyServer server;
  private static DynamoDbClient client;

  @BeforeAll
  static void startDynamoDbLocal() throws Exception {
    int port = FreePort.pick();
    server = ServerRunner.createServerFromCommandLineArgs(
        new String[] {"-inMemory", "-port", Integer.toString(port), "-disableTelemetry"});
    server.start();
    client = DynamoDbClients.create(URI.create("http://127.0.0.1:" + port), 4);
  }

  @AfterAll
  static void stopDynamoDbLocal() throws Exception {
    if (client != null) {
      client.close();
    }
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void everyWorkloadRunsItsOperationsWithoutErrors() {
    BenchSettings settings = new BenchSettings(100, 100, 0, 4, List.of(Workload.A, Workload.C, Workload.QUERY, Workload.PUT),
        10, 10, 0, false);

    List<PhaseResult> phases = new BenchRunner(client, settings,
        ServerCpu.of(List.of(ProcessHandle.current().pid())), PROGRESS).run();

    assertThat(phases).extracting(PhaseResult::name).containsExactly("load", "a", "c", "query", "put");
    assertThat(phases).extracting(PhaseResult::operations).containsExactly(100L, 100L, 100L, 100L, 100L);
    assertThat(phases).allSatisfy(p -> {
      assertThat(p.errors()).as("errors in %s: %s", p.name(), p.errorSamples()).isZero();
      assertThat(p.serverCpuNanos()).as("server CPU of %s", p.name()).isNotNull().isNotNegative();
      assertThat(p.clientCpuNanos()).as("client CPU of %s", p.name()).isPositive();
      assertThat(p.latency().p50Micros()).isPositive();
      assertThat(p.latency().p999Micros()).isGreaterThanOrEqualTo(p.latency().p99Micros());
    });
    assertThat(phases.get(0).byOperation()).extracting(OperationResult::apiName).containsExactly("PutItem");
    assertThat(phases.get(1).byOperation()).extracting(OperationResult::apiName).containsExactly("GetItem", "UpdateItem");
    assertThat(phases.get(1).byOperation()).allSatisfy(op -> assertThat(op.latency().count()).isPositive());
    assertThat(phases.get(2).byOperation()).extracting(OperationResult::apiName).containsExactly("GetItem");
    assertThat(phases.get(3).byOperation()).extracting(OperationResult::apiName).containsExactly("Query");
    assertThat(phases.get(4).byOperation()).extracting(OperationResult::apiName).containsExactly("PutItem");
    // The put workload writes new records: 100 loaded plus 100 put.
    assertThat(client.scan(b -> b.tableName(TableLayout.DEFAULT_TABLE).select("COUNT")).count()).isEqualTo(200);
  }

  @Test
  void aDurationBoundPhaseStopsAtItsDeadline() {
    BenchSettings settings = new BenchSettings(50, 0, 1, 2, List.of(Workload.C), 5, 10, 0, false);

    PhaseResult c = new BenchRunner(client, settings, ServerCpu.none(), PROGRESS).run().get(1);

    assertThat(c.operations()).isPositive();
    assertThat(c.errors()).isZero();
    assertThat(c.serverCpuNanos()).isNull();
    assertThat(Duration.ofNanos(c.elapsedNanos())).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(10));
  }

  @Test
  void theBindingMapsEachYcsbCallOntoTheItemsOfTheLayout() {
    TableLayout layout = new TableLayout("bindingtable", 3);
    new BenchTable(client, layout, Duration.ofSeconds(30)).recreate();
    DynamoDbYcsbClient db = new DynamoDbYcsbClient(client, layout, true);
    String table = layout.tableName();

    for (String key : List.of("user1", "user2", "user3", "user4", "user5", "user6")) {
      assertThat(db.insert(table, key, fields(key))).isEqualTo(Status.OK);
    }
    Map<String, ByteIterator> read = new HashMap<>();
    assertThat(db.read(table, "user1", null, read)).isEqualTo(Status.OK);
    assertThat(strings(read)).isEqualTo(StringByteIterator.getStringMap(fields("user1")));

    Map<String, ByteIterator> some = new HashMap<>();
    assertThat(db.read(table, "user1", Set.of("field3", "field7"), some)).isEqualTo(Status.OK);
    assertThat(some.keySet()).containsExactlyInAnyOrder("field3", "field7");

    assertThat(db.update(table, "user1", Map.of("field3", new StringByteIterator("new value")))).isEqualTo(Status.OK);
    Map<String, ByteIterator> updated = new HashMap<>();
    db.read(table, "user1", null, updated);
    assertThat(strings(updated)).containsEntry("field3", "new value").containsEntry("field4", "user1-value4");

    String group = layout.groupOf("user1");
    List<String> sameGroup = List.of("user1", "user2", "user3", "user4", "user5", "user6").stream()
        .filter(k -> layout.groupOf(k).equals(group)).sorted().toList();
    Vector<HashMap<String, ByteIterator>> rows = new Vector<>();
    assertThat(db.scan(table, sameGroup.get(0), 10, Set.of("field0"), rows)).isEqualTo(Status.OK);
    assertThat(rows).extracting(row -> row.get("field0").toString())
        .containsExactlyElementsOf(sameGroup.stream().map(k -> k + "-value0").toList());

    assertThat(db.delete(table, "user1")).isEqualTo(Status.OK);
    assertThat(db.read(table, "user1", null, new HashMap<>())).isEqualTo(Status.NOT_FOUND);

    Status missingTable = db.read("no_such_table", "user2", null, new HashMap<>());
    assertThat(missingTable.isOk()).isFalse();
    assertThat(missingTable.getDescription()).startsWith("ResourceNotFoundException");
  }

  private static Map<String, ByteIterator> fields(String key) {
    Map<String, ByteIterator> values = new HashMap<>();
    for (int i = 0; i < 10; i++) {
      values.put("field" + i, new StringByteIterator(key + "-value" + i));
    }
    return values;
  }

  private static Map<String, String> strings(Map<String, ByteIterator> values) {
    Map<String, String> out = new HashMap<>();
    values.forEach((k, v) -> out.put(k, v.toString()));
    return out;
  }

}
