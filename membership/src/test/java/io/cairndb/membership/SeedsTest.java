package io.cairndb.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.apache.ratis.protocol.RaftGroup;
import org.junit.jupiter.api.Test;

class SeedsTest {

    @Test
    void parsesTheFlagAndWritesItBack() {
        Seeds seeds = Seeds.parse("n1=127.0.0.2:7001:7002, n2=127.0.0.3:7001:7002,n3=127.0.0.4:7001:7002");
        assertThat(seeds.nodes()).extracting(SeedNode::nodeId).containsExactly("n1", "n2", "n3");
        assertThat(seeds.find("n2").orElseThrow().raftAddress()).isEqualTo("127.0.0.3:7001");
        assertThat(seeds.find("n2").orElseThrow().grpcAddress()).isEqualTo("127.0.0.3:7002");
        assertThat(Seeds.parse(seeds.toString())).isEqualTo(seeds);
    }

    @Test
    void rejectsMalformedSeeds() {
        assertThatThrownBy(() -> Seeds.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Seeds.parse("n1=127.0.0.2:7001")).hasMessageContaining("nodeId=host:raftPort:grpcPort");
        assertThatThrownBy(() -> Seeds.parse("127.0.0.2:7001:7002")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Seeds.parse("n1=h:x:7002")).hasMessageContaining("numbers");
        assertThatThrownBy(() -> Seeds.parse("n1=h:1:2,n1=h:3:4")).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> Seeds.parse("n1=h:0:2")).hasMessageContaining("out of range");
    }

    @Test
    void metadataGroupHasAFixedIdAndOneVoterPerSeed() {
        RaftGroup group = MembershipGroup.group(Seeds.parse("a=127.0.0.1:1:2,b=127.0.0.1:3:4"));
        assertThat(group.getGroupId().getUuid())
                .isEqualTo(UUID.nameUUIDFromBytes("cairndb-membership".getBytes()));
        assertThat(group.getPeers()).hasSize(2);
        assertThat(group.getPeer(new SeedNode("b", "127.0.0.1", 3, 4).peerId()).getAddress()).isEqualTo("127.0.0.1:3");
        assertThat(MembershipGroup.dataGroupId("g1")).isEqualTo(MembershipGroup.dataGroupId("g1"))
                .isNotEqualTo(MembershipGroup.dataGroupId("g2"));
    }
}
