package io.cairndb.router.cluster;

import static io.cairndb.router.cluster.ClusterFixtures.group;
import static io.cairndb.router.cluster.ClusterFixtures.node;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.proto.NodeState;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterStatusJsonTest {

    @Test
    void describesNodesGroupsReplicasAndPartitions() throws Exception {
        TableDefinition orders = ClusterFixtures.table("orders");
        ClusterMap map = ClusterMap.of(io.cairndb.proto.ClusterMap.newBuilder()
                .setVersion(42).setMembershipLeaderId("n1").addAllMembershipVoters(List.of("n1", "n2", "n3"))
                .addNodes(node("n1", "az1", "127.0.0.2:7002", NodeState.ALIVE))
                .addNodes(node("n2", "az2", "127.0.0.3:7002", NodeState.SUSPECT))
                .addNodes(node("n3", "az3", "127.0.0.4:7002", NodeState.ALIVE))
                .addGroups(group("gid-1", "g1", "n1", "n1", "n2", "n3"))
                .addGroups(group("gid-2", "g2", "n3", "n1", "n2", "n3"))
                .addTables(ClusterFixtures.tableInfo(orders, List.of("gid-1", "gid-2")))
                .build());

        JsonNode status = new ObjectMapper().readTree(ClusterStatusJson.render(map, "local", "az2", "client-1"));

        assertThat(status.get("mapVersion").asLong()).isEqualTo(42);
        assertThat(status.get("membershipLeader").asText()).isEqualTo("n1");
        assertThat(status.get("membershipVoters")).hasSize(3);
        assertThat(status.at("/router/az").asText()).isEqualTo("az2");
        assertThat(status.get("nodes")).hasSize(3);
        assertThat(status.at("/nodes/1/id").asText()).isEqualTo("n2");
        assertThat(status.at("/nodes/1/az").asText()).isEqualTo("az2");
        assertThat(status.at("/nodes/1/state").asText()).isEqualTo("SUSPECT");
        assertThat(status.at("/nodes/1/pid").asLong()).isPositive();
        assertThat(status.at("/nodes/1/grpcAddress").asText()).isEqualTo("127.0.0.3:7002");
        assertThat(status.at("/groups/1/name").asText()).isEqualTo("g2");
        assertThat(status.at("/groups/1/leader").asText()).isEqualTo("n3");
        assertThat(status.at("/groups/1/replicas")).hasSize(3);
        assertThat(status.at("/groups/1/replicas/2/node").asText()).isEqualTo("n3");
        assertThat(status.at("/groups/1/replicas/2/az").asText()).isEqualTo("az3");
        assertThat(status.at("/groups/1/replicas/2/role").asText()).isEqualTo("LEADER");
        assertThat(status.at("/groups/1/replicas/0/role").asText()).isEqualTo("FOLLOWER");
        assertThat(status.at("/groups/1/replicas/0/lag").asLong()).isEqualTo(1);
        assertThat(status.at("/tables/0/name").asText()).isEqualTo("orders");
        assertThat(status.at("/tables/0/tableId").asText()).isEqualTo(orders.tableId());
        assertThat(status.at("/tables/0/partitions")).hasSize(2);
        assertThat(status.at("/tables/0/partitions/0/hashLow").asText()).isEqualTo("0000000000000000");
        assertThat(status.at("/tables/0/partitions/0/hashHigh").asText()).isEqualTo("7fffffffffffffff");
        assertThat(status.at("/tables/0/partitions/1/hashHigh").asText()).isEqualTo("ffffffffffffffff");
        assertThat(status.at("/tables/0/partitions/1/groupName").asText()).isEqualTo("g2");
    }

    @Test
    void anEmptyMapRendersEmptyLists() throws Exception {
        JsonNode status = new ObjectMapper().readTree(ClusterStatusJson.render(ClusterMap.EMPTY, "r", "a", "c"));
        assertThat(status.get("mapVersion").asLong()).isZero();
        assertThat(status.get("nodes")).isEmpty();
        assertThat(status.get("groups")).isEmpty();
        assertThat(status.get("tables")).isEmpty();
    }
}
