package io.cairndb.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairndb.membership.SeedNode;
import io.cairndb.replication.net.FreePorts;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

class NodeCommandTest {
    private static final String SEEDS = "n1=127.0.0.2:7001:7002,n2=127.0.0.3:7001:7002,n3=127.0.0.4:7001:7002";

    private static NodeSettings parse(Map<String, String> environment, String... args) {
        NodeCommand command = new NodeCommand();
        CommandLine line = new CommandLine(command).setDefaultValueProvider(new EnvironmentDefaults(environment));
        line.parseArgs(args);
        return command.settings();
    }

    @Test
    void flagsDescribeTheNode() {
        NodeSettings settings = parse(Map.of(), "--id", "n2", "--region", "eu", "--az", "az2", "--host", "127.0.0.3",
                "--raft-port", "7001", "--grpc-port", "7002", "--data", "/tmp/n2", "--seeds", SEEDS,
                "--repair-after", "45s");

        assertThat(settings.nodeId()).isEqualTo("n2");
        assertThat(settings.region()).isEqualTo("eu");
        assertThat(settings.az()).isEqualTo("az2");
        assertThat(settings.raftAddress()).isEqualTo(new HostPort("127.0.0.3", 7001));
        assertThat(settings.grpcAddress()).isEqualTo(new HostPort("127.0.0.3", 7002));
        assertThat(settings.dataDir()).isEqualTo(Path.of("/tmp/n2"));
        assertThat(settings.seeds().nodes()).extracting(SeedNode::nodeId).containsExactly("n1", "n2", "n3");
        assertThat(settings.seeds().grpcAddresses()).containsExactly("127.0.0.2:7002", "127.0.0.3:7002", "127.0.0.4:7002");
        assertThat(settings.isSeed()).isTrue();
        assertThat(settings.membership().repairAfter()).isEqualTo(Duration.ofSeconds(45));
        assertThat(settings.raftDir()).isEqualTo(Path.of("/tmp/n2/raft"));
    }

    @Test
    void environmentStandsInForFlagsAndFlagsWin() {
        Map<String, String> environment = Map.of("CAIRN_NODE_ID", "n4", "CAIRN_AZ", "az1", "CAIRN_HOST", "127.0.0.5",
                "CAIRN_RAFT_PORT", "7001", "CAIRN_GRPC_PORT", "7002", "CAIRN_DATA", "/data/n4", "CAIRN_SEEDS", SEEDS,
                "CAIRN_REPAIR_AFTER", "2m");

        NodeSettings settings = parse(environment, "--az", "az3");

        assertThat(settings.nodeId()).isEqualTo("n4");
        assertThat(settings.az()).isEqualTo("az3");
        assertThat(settings.region()).isEqualTo("local");
        assertThat(settings.host()).isEqualTo("127.0.0.5");
        assertThat(settings.grpcPort()).isEqualTo(7002);
        assertThat(settings.isSeed()).isFalse();
        assertThat(settings.membership().repairAfter()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void missingIdentityIsAUsageError() {
        assertThatThrownBy(() -> parse(Map.of(), "--az", "az1", "--raft-port", "1", "--grpc-port", "2",
                "--data", "/tmp/x", "--seeds", SEEDS))
                .isInstanceOf(ParameterException.class)
                .hasMessageContaining("--id");
    }

    @Test
    void badSeedsAreAUsageError() {
        assertThatThrownBy(() -> parse(Map.of(), "--id", "n1", "--az", "az1", "--raft-port", "1", "--grpc-port", "2",
                "--data", "/tmp/x", "--seeds", "n1=127.0.0.2:7001"))
                .isInstanceOf(ParameterException.class)
                .hasMessageContaining("seed must be nodeId=host:raftPort:grpcPort");
    }

    @Test
    void badDurationIsAUsageError() {
        assertThatThrownBy(() -> parse(Map.of(), "--repair-after", "soon"))
                .isInstanceOf(ParameterException.class)
                .hasMessageContaining("30s");
    }

    @Test
    void raftPropertiesOverrideTheDefaults() {
        NodeSettings settings = parse(Map.of(), "--id", "n1", "--az", "az1", "--raft-port", "1", "--grpc-port", "2",
                "--data", "/tmp/x", "--seeds", SEEDS, "--raft", "raft.server.rpc.timeout.min=3s",
                "--raft", "raft.server.rpc.timeout.max=6s");

        assertThat(settings.raftOverrides()).containsOnly(Map.entry("raft.server.rpc.timeout.min", "3s"),
                Map.entry("raft.server.rpc.timeout.max", "6s"));
    }

    @Test
    void aGrpcPortInUseEndsTheCommandWithAMessageNotAStackTrace(@TempDir Path data) throws IOException {
        int raftPort = FreePorts.next("127.0.0.1");
        try (ServerSocket taken = occupiedPort()) {
            assertStartFails(data, raftPort, taken.getLocalPort());
        }
        assertFree(raftPort);
    }

    @Test
    void aRaftPortInUseStopsTheGrpcServerAgain(@TempDir Path data) throws IOException {
        int grpcPort = FreePorts.next("127.0.0.1");
        try (ServerSocket taken = occupiedPort()) {
            assertStartFails(data, taken.getLocalPort(), grpcPort);
        }
        assertFree(grpcPort);
    }

    private static ServerSocket occupiedPort() throws IOException {
        return new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
    }

    private static void assertStartFails(Path data, int raftPort, int grpcPort) {
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new NodeCommand())
                .setDefaultValueProvider(new EnvironmentDefaults(Map.of()))
                .setErr(new PrintWriter(err));

        int exit = line.execute("--id", "n1", "--az", "az1", "--host", "127.0.0.1",
                "--raft-port", String.valueOf(raftPort), "--grpc-port", String.valueOf(grpcPort),
                "--data", data.toString(), "--seeds", "n1=127.0.0.1:" + raftPort + ":" + grpcPort);

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).startsWith("cairn node n1 could not start:").doesNotContain("\tat ");
    }

    /** What the failed start had already opened, it closed again. */
    private static void assertFree(int port) throws IOException {
        try (ServerSocket again = new ServerSocket()) {
            again.setReuseAddress(true);
            again.bind(new InetSocketAddress("127.0.0.1", port));
        }
    }

    @Test
    void durationsReadAsTyped() {
        assertThat(DurationConverter.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(DurationConverter.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(DurationConverter.parse("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(DurationConverter.parse("1h")).isEqualTo(Duration.ofHours(1));
    }
}
