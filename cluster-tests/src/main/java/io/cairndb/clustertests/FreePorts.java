package io.cairndb.clustertests;

import io.cairndb.launcher.cluster.LocalProcessCluster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

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
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOW, HIGH - 1);
            if (hosts.stream().allMatch(h -> LocalProcessCluster.portFree(h, port)
                    && LocalProcessCluster.portFree(h, port + 1))) {
                return port;
            }
        }
        throw new IllegalStateException("no free port pair on " + hosts + " after " + ATTEMPTS + " attempts");
    }

    /** A port the OS reports free on {@code host}. */
    static int freeOn(String host) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + host, e);
        }
    }
}
