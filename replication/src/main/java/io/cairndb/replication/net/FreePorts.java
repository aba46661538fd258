package io.cairndb.replication.net;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

/**
 * Ports free on loopback addresses, for clusters that must name their ports before they bind them
 * (every node's address is in the seeds and the Raft configurations).
 *
 * <p>Picked at random below Linux's ephemeral range (32768+): a port the kernel hands out for
 * port 0 can be taken by any outgoing connection before the server binds it, and a busy machine
 * (a CI run beside chaos runs) makes thousands of those; one below the range can only be taken by
 * another server, and the random choice keeps two clusters started at once apart. A port handed
 * out is not handed out again by this JVM for a while: a cluster names all its ports before it
 * binds the first, so a check that a port is free cannot see this JVM's own earlier picks.
 */
public final class FreePorts {
    private static final int LOW = 20_000;
    private static final int HIGH = 32_767;
    private static final int ATTEMPTS = 200;
    /** How many recent picks this JVM avoids: far more than any one cluster names. */
    private static final int REMEMBERED = 2_000;
    private static final Deque<Integer> recent = new ArrayDeque<>();
    private static final Set<Integer> recentSet = new HashSet<>();

    private FreePorts() {
    }

    /** A port free on {@code host}. */
    public static int next(String host) {
        return runFreeOn(List.of(host), 1);
    }

    /** A port p such that p and p+1 are free on every host. */
    public static int pairFreeOn(List<String> hosts) {
        return runFreeOn(hosts, 2);
    }

    /** A port p such that p, ..., p+count-1 are free on every host. */
    public static synchronized int runFreeOn(List<String> hosts, int count) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOW, HIGH - count + 2);
            if (IntStream.range(port, port + count).noneMatch(recentSet::contains)
                    && hosts.stream().allMatch(h -> IntStream.range(port, port + count).allMatch(p -> isFree(h, p)))) {
                IntStream.range(port, port + count).forEach(FreePorts::remember);
                return port;
            }
        }
        throw new IllegalStateException("no " + count + " free consecutive ports in " + LOW + ".." + HIGH + " on "
                + hosts + " after " + ATTEMPTS + " attempts");
    }

    private static void remember(int port) {
        recent.addLast(port);
        recentSet.add(port);
        if (recent.size() > REMEMBERED) {
            recentSet.remove(recent.removeFirst());
        }
    }

    /** True when host:port can be bound now. */
    public static boolean isFree(String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), port), 1);
            return true;
        } catch (UnknownHostException e) {
            throw new UncheckedIOException("unknown host " + host, e);
        } catch (IOException e) {
            return false; // in use
        }
    }
}
