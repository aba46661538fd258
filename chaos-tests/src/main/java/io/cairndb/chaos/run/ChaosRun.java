package io.cairndb.chaos.run;

import io.cairndb.chaos.checker.Checker;
import io.cairndb.chaos.checker.Verdict;
import io.cairndb.chaos.history.History;
import io.cairndb.chaos.history.HistoryFile;
import io.cairndb.chaos.history.Operation;
import io.cairndb.chaos.nemesis.Nemesis;
import io.cairndb.chaos.nemesis.NemesisInterval;
import io.cairndb.chaos.nemesis.NemesisSchedule;
import io.cairndb.chaos.report.RunReport;
import io.cairndb.chaos.workload.Workload;
import io.cairndb.clustertests.ProcessCluster;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One Jepsen-style run: a real multi-process cluster, concurrent clients recording a history,
 * nemeses at random moments, every fault healed, the history saved and checked, and a report written.
 */
public final class ChaosRun {
    private static final Logger LOG = LoggerFactory.getLogger(ChaosRun.class);
    /** The deliberately unsafe mode: ConsistentRead served as an eventually consistent read. */
    public static final String UNSAFE_FLAG = "-Dcairn.fault.consistentReadAsEventual=true";
    private static final Duration SETTLE = Duration.ofSeconds(120);

    private ChaosRun() {
    }

    public static RunResult run(ChaosSettings settings) throws IOException, InterruptedException {
        Files.createDirectories(settings.out());
        Workload workload = Registry.workload(settings.workload());
        Random seeds = new Random(settings.seed());
        History history = new History();
        ProcessCluster.Builder builder = ProcessCluster.builder(settings.out().resolve("cluster")).nodes(settings.nodes())
                .routers(settings.routers());
        if (settings.unsafe()) {
            builder.jvmFlag(UNSAFE_FLAG);
        }
        List<Nemesis> nemeses = settings.nemeses().stream().map(n -> Registry.nemesis(n, settings.partitionBy())).toList();
        List<NemesisInterval> faults;
        try {
            nemeses.forEach(n -> n.prepare(builder));
            try (ProcessCluster cluster = builder.start()) {
                faults = runClients(settings, workload, cluster, nemeses, history, seeds);
            }
        } finally {
            nemeses.forEach(Nemesis::close); // after the cluster's processes are gone
        }
        Path historyFile = settings.out().resolve("history.jsonl");
        HistoryFile.write(history, historyFile);
        List<Verdict> verdicts = new ArrayList<>();
        for (Checker checker : workload.checkers()) {
            verdicts.add(checker.check(history));
        }
        List<Operation> operations = history.operations();
        RunResult result = new RunResult(settings, verdicts, faults, RunResult.outcomesOf(operations), historyFile,
                settings.out().resolve(RunReport.PAGE));
        VerdictFile.write(result, settings.out().resolve("verdict.json"));
        RunReport.write(result, operations);
        LOG.info("chaos: {} operations, {} faults; history {}, report {}", result.operations(), faults.size(),
                historyFile, result.report());
        verdicts.forEach(v -> LOG.info("chaos: {} {}: {}", v.checker(), v.validity(), v.summary()));
        return result;
    }

    /** The clients' phase: concurrent clients for the run's time while the nemeses act, then healing and the final reads. */
    private static List<NemesisInterval> runClients(ChaosSettings settings, Workload workload, ProcessCluster cluster,
                                                    List<Nemesis> nemeses, History history, Random seeds)
            throws InterruptedException {
        workload.setUp(cluster.client());
        NemesisSchedule schedule = new NemesisSchedule(cluster, nemeses, new Random(seeds.nextLong()),
                settings.quiet(), settings.active());
        long deadline = System.nanoTime() + settings.time().toNanos();
        List<Thread> clients = new ArrayList<>();
        List<URI> routers = cluster.endpoints();
        for (int i = 0; i < settings.clients(); i++) {
            DynamoDbClient sdk = cluster.client(routers.get(i % routers.size()), settings.callTimeout(), false);
            Client client = new Client(sdk, history, new Random(seeds.nextLong()), i, settings.clients());
            clients.add(new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    workload.step(client);
                }
            }, "chaos-client-" + i));
        }
        LOG.info("chaos: {} clients over {} routers, workload {}, nemeses {} for {} s (seed {})", settings.clients(),
                routers.size(), workload.name(), settings.nemeses(), settings.time().toSeconds(), settings.seed());
        schedule.start();
        clients.forEach(Thread::start);
        for (Thread thread : clients) {
            thread.join(settings.time().toMillis() + settings.callTimeout().toMillis() * 4);
            if (thread.isAlive()) {
                throw new IllegalStateException(thread.getName() + " did not stop");
            }
        }
        schedule.stop();
        cluster.awaitReady();
        DynamoDbClient settled = cluster.client(SETTLE, true);
        workload.finish(new Client(settled, history, new Random(seeds.nextLong()), settings.clients() * 1000, 1));
        return schedule.intervals();
    }
}
