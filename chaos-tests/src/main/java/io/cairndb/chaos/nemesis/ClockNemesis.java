package io.cairndb.chaos.nemesis;

import io.cairndb.clustertests.ProcessCluster;
import io.cairndb.launcher.cluster.ProcessRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.StringJoiner;

/**
 * Wall-clock faults, per process (the machine's clock is shared, so each process adds an offset
 * read from a file: {@link ClockOffsets}): a jump of one node's clock (often a leader's, the
 * membership leader's being the one that judges liveness), a skew of every node's clock, or a
 * jump of a router's clock (routers stamp the writes). Jumps are 1 s to 10 min either way, skews
 * within a minute. Healing sets every clock right again, itself a jump back.
 */
public final class ClockNemesis implements Nemesis {
    private static final long MIN_JUMP_MILLIS = 1_000;
    private static final long MAX_JUMP_MILLIS = 600_000;
    private static final long MAX_SKEW_MILLIS = 60_000;

    private ClockOffsets offsets;

    @Override
    public String name() {
        return "clock";
    }

    /** Every process reads its offset from {@code <cluster dir>/clock-offsets}, kept with the run's files. */
    @Override
    public synchronized void prepare(ProcessCluster.Builder cluster) {
        Path dir = cluster.dir().resolve("clock-offsets");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        offsets = new ClockOffsets(dir);
        cluster.jvmFlag(offsets.jvmFlag());
    }

    @Override
    public synchronized String start(ProcessCluster cluster, Random random) {
        if (offsets == null) {
            throw new IllegalStateException("the clock nemesis was not prepared before the cluster started");
        }
        return switch (random.nextInt(4)) {
            case 0 -> jump(Targets.leader(cluster, random)
                    .orElseGet(() -> new Targets.Target(randomNode(cluster, random), "")), random);
            case 1 -> jump(new Targets.Target(randomNode(cluster, random), ""), random);
            case 2 -> skew(cluster.nodeIds(), random);
            default -> jump(new Targets.Target(randomRouter(cluster, random), ""), random);
        };
    }

    @Override
    public synchronized void heal(ProcessCluster cluster) {
        if (offsets != null) {
            offsets.resetAll();
        }
    }

    /** Puts one process's clock off: a node, or a router (a Target's "node" is any process id). */
    private String jump(Targets.Target target, Random random) {
        long millis = jumpMillis(random);
        offsets.set(target.node(), millis);
        return "clock " + target.describe() + " " + seconds(millis);
    }

    private String skew(List<String> nodes, Random random) {
        StringJoiner description = new StringJoiner(", ", "clock skew ", "");
        for (String node : nodes) {
            long millis = random.nextLong(-MAX_SKEW_MILLIS, MAX_SKEW_MILLIS + 1);
            offsets.set(node, millis);
            description.add(node + " " + seconds(millis));
        }
        return description.toString();
    }

    /** Log-uniform over 1 s .. 10 min, either sign: small and large jumps alike. */
    static long jumpMillis(Random random) {
        double log = Math.log(MIN_JUMP_MILLIS) + random.nextDouble() * Math.log((double) MAX_JUMP_MILLIS / MIN_JUMP_MILLIS);
        long magnitude = Math.min(MAX_JUMP_MILLIS, Math.round(Math.exp(log)));
        return random.nextBoolean() ? magnitude : -magnitude;
    }

    private static String randomNode(ProcessCluster cluster, Random random) {
        List<String> nodes = cluster.nodeIds();
        return nodes.get(random.nextInt(nodes.size()));
    }

    private static String randomRouter(ProcessCluster cluster, Random random) {
        List<String> routers = cluster.file().processes().stream().filter(p -> !p.isNode()).map(ProcessRecord::id)
                .toList();
        return routers.get(random.nextInt(routers.size()));
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%+.1f s", millis / 1000.0);
    }
}
