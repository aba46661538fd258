package io.cairndb.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports free on a loopback address, for in-process clusters that must name their ports before
 * they bind them (every node's address is in the seeds and the Raft configurations).
 *
 * <p>Picked below Linux's ephemeral range (32768+): a port the kernel hands out for port 0 can be
 * taken again by any outgoing connection before the node binds it, one below the range cannot.
 */
final class FreePorts {
    private static final int LOW = 20_000;
    private static final int HIGH = 32_767;
    private static final int ATTEMPTS = 200;

    private FreePorts() {
    }

    static int next(String host) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOW, HIGH + 1);
            if (bindable(host, port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port in " + LOW + ".." + HIGH + " on " + host);
    }

    private static boolean bindable(String host, int port) {
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
