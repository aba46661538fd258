package io.cairndb.chaos.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The firewall against real processes and sockets on loopback: a process started in node a's
 * cgroup cannot connect to b's address while a is cut from b, one in another cgroup still can,
 * and healing restores the link. Runs where partitions can be made (root, iptables, cgroup v2:
 * CI installs iptables); elsewhere it is skipped, as the partition nemesis refuses to start.
 */
class LoopbackFirewallTest {
    private static final String TARGET = "127.0.0.3";
    private ServerSocket server;
    private Thread acceptor;
    private LoopbackFirewall firewall;

    @BeforeEach
    void listen() throws IOException {
        assumeTrue(LoopbackFirewall.unavailableReason().isEmpty(),
                () -> LoopbackFirewall.unavailableReason().orElse(""));
        server = new ServerSocket(0, 50, InetAddress.getByName(TARGET));
        acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket ignored = server.accept()) {
                    // accepted: the connect succeeded, which is all the test looks at
                } catch (IOException e) {
                    return;
                }
            }
        }, "firewall-test-acceptor");
        acceptor.start();
        firewall = LoopbackFirewall.create();
    }

    @AfterEach
    void close() throws IOException, InterruptedException {
        if (firewall != null) {
            firewall.close();
        }
        if (server != null) {
            server.close();
            acceptor.join();
        }
    }

    @Test
    void aCutDropsTheNodesPacketsToTheHostOnlyUntilHealed() throws Exception {
        assertThat(connectsFrom("a")).as("before any cut").isTrue();

        firewall.cut("a", TARGET);
        assertThat(connectsFrom("a")).as("a cut from " + TARGET).isFalse();
        assertThat(connectsFrom("b")).as("b is not cut").isTrue();

        firewall.heal();
        assertThat(connectsFrom("a")).as("after healing").isTrue();
    }

    /** Whether a process started in {@code node}'s cgroup opens a TCP connection to the server within 2 s. */
    private boolean connectsFrom(String node) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(firewall.launchPrefix(node));
        command.addAll(List.of("timeout", "2", "bash", "-c",
                "exec 3<>/dev/tcp/" + TARGET + "/" + server.getLocalPort()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("the probe ends within its timeout").isTrue();
        return process.exitValue() == 0;
    }
}
