package io.cairndb.clustertests;

import io.cairndb.launcher.cluster.LocalProcessCluster;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

/**
 * Ports for a process cluster started by a test: every node uses the same Raft and gRPC ports
 * on its own address, so the pair must be free on all of them. Randomised so two test runs on
 * one machine (or a run beside {@code cairn cluster up}'s defaults) do not collide.
 */
final class FreePorts {
    private static final int LOW = 20_000;
    private static final int HIGH = 40_000;
    private static final int ATTEMPTS = 200;

    private FreePorts() {
    }

    /** A port p such that p and p+1 are free on every host. */
    static int pairFreeOn(List<String> hosts) {
        return runFreeOn(hosts, 2);
    }

    /** A port p such that p, ..., p+count-1 are free on every host. */
    static int runFreeOn(List<String> hosts, int count) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOW, HIGH - count);
            if (hosts.stream().allMatch(h -> IntStream.range(port, port + count)
                    .allMatch(p -> LocalProcessCluster.portFree(h, p)))) {
                return port;
            }
        }
        throw new IllegalStateException("no " + count + " free consecutive ports on " + hosts + " after " + ATTEMPTS
                + " attempts");
    }
}
