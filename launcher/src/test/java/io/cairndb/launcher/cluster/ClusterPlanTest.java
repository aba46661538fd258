package io.cairndb.launcher.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterPlanTest {
    private static final JavaCommand JAVA = new JavaCommand(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "cp", List.of("-Xmx1g"));

    @Test
    void nodesGetTheirOwnAddressesAzsRoundRobinAndTheFirstThreeAreSeeds() {
        ClusterPlan plan = new ClusterPlan(4, 1, Path.of("/tmp/c"), 8100, 7001, 7002, "local", "5s");
        List<ProcessRecord> processes = plan.processes(JAVA);

        assertThat(processes).extracting(ProcessRecord::id).containsExactly("n1", "n2", "n3", "n4", "router");
        assertThat(processes).extracting(ProcessRecord::host)
                .containsExactly("127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5", "127.0.0.1");
        assertThat(processes).extracting(ProcessRecord::az).containsExactly("az1", "az2", "az3", "az1", "az1");
        assertThat(plan.seeds()).isEqualTo("n1=127.0.0.2:7001:7002,n2=127.0.0.3:7001:7002,n3=127.0.0.4:7001:7002");
        assertThat(plan.endpoint()).isEqualTo("http://127.0.0.1:8100");

        ProcessRecord n4 = processes.get(3);
        assertThat(n4.role()).isEqualTo("node");
        assertThat(n4.raftPort()).isEqualTo(7001);
        assertThat(n4.grpcPort()).isEqualTo(7002);
        assertThat(n4.httpPort()).isNull();
        assertThat(n4.dataDir()).isEqualTo("/tmp/c/n4");
        assertThat(n4.log()).isEqualTo("/tmp/c/logs/n4.log");
        assertThat(n4.command()).startsWith(JAVA.javaBinary(), "-Xmx1g", "-cp", "cp", "io.cairndb.launcher.Cairn", "node")
                .containsSubsequence("--id", "n4").containsSubsequence("--az", "az1")
                .containsSubsequence("--host", "127.0.0.5").containsSubsequence("--data", "/tmp/c/n4")
                .containsSubsequence("--seeds", plan.seeds()).containsSubsequence("--repair-after", "5s")
                .containsSubsequence("--region", "local");

        ProcessRecord router = processes.get(4);
        assertThat(router.role()).isEqualTo("router");
        assertThat(router.httpPort()).isEqualTo(8100);
        assertThat(router.raftPort()).isNull();
        assertThat(router.command()).containsSubsequence("router", "--id", "router", "--host", "127.0.0.1", "--port", "8100")
                .containsSubsequence("--seeds", plan.seeds());
    }

    @Test
    void routersTakeConsecutivePortsAndAzsAndNodesCanBePlannedBeyondTheInitialCount() {
        ClusterPlan plan = new ClusterPlan(3, 3, Path.of("/tmp/r"), 8000, 7001, 7002, "local", null);
        List<ProcessRecord> routers = plan.processes(JAVA).stream().filter(p -> !p.isNode()).toList();

        assertThat(routers).extracting(ProcessRecord::id).containsExactly("router", "router2", "router3");
        assertThat(routers).extracting(ProcessRecord::httpPort).containsExactly(8000, 8001, 8002);
        assertThat(routers).extracting(ProcessRecord::az).containsExactly("az1", "az2", "az3");
        assertThat(routers.get(1).command()).containsSubsequence("router", "--id", "router2");
        assertThat(routers).extracting(ProcessRecord::log)
                .containsExactly("/tmp/r/logs/router.log", "/tmp/r/logs/router2.log", "/tmp/r/logs/router3.log");
        assertThat(new ClusterFile(plan.processes(JAVA), plan.endpoint()).endpoints())
                .containsExactly("http://127.0.0.1:8000", "http://127.0.0.1:8001", "http://127.0.0.1:8002");

        ProcessRecord n5 = plan.node(5, JAVA);
        assertThat(n5.id()).isEqualTo("n5");
        assertThat(n5.host()).isEqualTo("127.0.0.6");
        assertThat(n5.az()).isEqualTo("az2");
        assertThat(n5.command()).containsSubsequence("--seeds", plan.seeds());
    }

    @Test
    void smallClustersHaveFewerSeedsAndNoRepairFlagByDefault() {
        ClusterPlan plan = ClusterPlan.of(1, Path.of("/tmp/one"), 8000);
        assertThat(plan.seeds()).isEqualTo("n1=127.0.0.2:7001:7002");
        assertThat(plan.processes(JAVA).getFirst().command()).doesNotContain("--repair-after");
    }

    @Test
    void nodeCountIsBounded() {
        assertThatThrownBy(() -> ClusterPlan.of(0, Path.of("x"), 8000)).hasMessageContaining("--nodes");
        assertThatThrownBy(() -> ClusterPlan.of(254, Path.of("x"), 8000)).hasMessageContaining("--nodes");
        assertThatThrownBy(() -> new ClusterPlan(3, 0, Path.of("x"), 8000, 7001, 7002, "r", null))
                .hasMessageContaining("--routers");
    }
}
