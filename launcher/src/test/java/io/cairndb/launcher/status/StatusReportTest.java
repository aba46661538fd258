package io.cairndb.launcher.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusReportTest {
    private static final String READY = """
            {"mapVersion": 7, "membershipLeader": "n1",
             "nodes": [{"id": "n1", "az": "az1", "state": "ALIVE", "pid": 101, "raftAddress": "127.0.0.2:7001", "grpcAddress": "127.0.0.2:7002"},
                       {"id": "n2", "az": "az2", "state": "ALIVE", "pid": 102, "raftAddress": "127.0.0.3:7001", "grpcAddress": "127.0.0.3:7002"},
                       {"id": "n3", "az": "az3", "state": "SUSPECT", "pid": 103, "raftAddress": "127.0.0.4:7001", "grpcAddress": "127.0.0.4:7002"}],
             "groups": [{"id": "0f1e", "name": "g1", "leader": "n2", "leaderTerm": 3,
                         "replicas": [{"node": "n1", "role": "FOLLOWER", "lag": 4},
                                      {"node": "n2", "role": "LEADER", "lag": 0},
                                      {"node": "n3", "state": "SUSPECT", "role": "FOLLOWER", "lag": 0}]}],
             "tables": [{"name": "Music", "partitions": [{"hashLow": "0000000000000000", "hashHigh": "ffffffffffffffff", "group": "0f1e"}]}]}
            """;

    private static ClusterStatus parse(String json) throws Exception {
        return ClusterStatus.parse(new ObjectMapper().readTree(json));
    }

    @Test
    void rendersNodesGroupsAndTablesAsTables() throws Exception {
        String text = StatusReport.render(parse(READY));
        assertThat(text).contains("Cluster map version 7, membership leader n1");
        assertThat(text).containsPattern("n3\\s+az3\\s+SUSPECT\\s+103\\s+127.0.0.4:7001\\s+127.0.0.4:7002");
        assertThat(text).containsPattern("g1\\s+n2\\s+3\\s+n1 az1 FOLLOWER lag 4, n2 az2 LEADER lag 0, n3 az3 FOLLOWER lag 0 \\(SUSPECT\\)");
        assertThat(text).containsPattern("Music\\s+1\\s+g1");
    }

    @Test
    void readyOnlyWhenExpectedNodesAreAliveAndEveryGroupHasALeader() throws Exception {
        ClusterStatus status = parse(READY);
        assertThat(Readiness.notReadyReason(status, Map.of("n1", 101L, "n2", 0L))).isEmpty();
        assertThat(Readiness.notReadyReason(status, Map.of("n1", 101L, "n2", 102L, "n3", 103L)))
                .as("n3 is SUSPECT").hasValueSatisfying(reason -> assertThat(reason).contains("[n3]"));
        assertThat(Readiness.notReadyReason(status, Map.of("n1", 999L, "n2", 102L)))
                .as("n1 reported by an older process").hasValueSatisfying(reason -> assertThat(reason).contains("[n1]"));
        assertThat(Readiness.notReadyReason(status, Map.of("n1", 101L)))
                .as("g1's leader n2 is not among the running nodes")
                .hasValueSatisfying(reason -> assertThat(reason).contains("leaders of g1"));
        ClusterStatus leaderless = parse(READY.replace("\"leader\": \"n2\"", "\"leader\": \"\""));
        assertThat(Readiness.notReadyReason(leaderless, Map.of("n1", 0L))).hasValueSatisfying(
                reason -> assertThat(reason).contains("leaders of g1"));
        ClusterStatus noGroups = parse("{\"nodes\": [{\"id\": \"n1\", \"state\": \"ALIVE\"}], \"groups\": []}");
        assertThat(Readiness.notReadyReason(noGroups, Map.of("n1", 0L))).hasValueSatisfying(
                reason -> assertThat(reason).contains("data groups"));
    }
}
