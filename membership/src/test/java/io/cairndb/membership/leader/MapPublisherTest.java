package io.cairndb.membership.leader;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.membership.MembershipSettings;
import io.cairndb.membership.Tables;
import io.cairndb.membership.state.ClusterState;
import io.cairndb.membership.state.GroupRecord;
import io.cairndb.membership.state.MembershipCommand;
import io.cairndb.membership.state.NodeRecord;
import io.cairndb.proto.ClusterMap;
import io.cairndb.proto.ClusterMapReply;
import io.cairndb.proto.GroupStatus;
import io.cairndb.proto.NodeState;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapPublisherTest {
    private static final List<String> VOTERS = List.of("m1");

    private static ClusterState state() {
        ClusterState s = ClusterState.EMPTY;
        for (String id : List.of("n1", "n2", "n3")) {
            s = new MembershipCommand.RegisterNode(new NodeRecord(id, "r", "az-" + id, id + ":1", id + ":2", false))
                    .applyTo(s).state();
        }
        return new MembershipCommand.CreateGroups(List.of(GroupRecord.of("g", "g1", List.of("n1", "n2", "n3"))))
                .applyTo(s).state();
    }

    private static final class Recorder implements StreamObserver<ClusterMapReply> {
        final List<ClusterMap> maps = new ArrayList<>();
        Throwable error;

        @Override
        public void onNext(ClusterMapReply value) {
            maps.add(value.getMap());
        }

        @Override
        public void onError(Throwable t) {
            error = t;
        }

        @Override
        public void onCompleted() {
        }
    }

    @Test
    void versionGrowsWithChangesButNotWithProgress() {
        MapPublisher publisher = new MapPublisher(7);
        NodeLiveness liveness = new NodeLiveness(MembershipSettings.defaults(), 0);
        ClusterState state = state();
        long v1 = publisher.refresh(state, liveness, 1_000, "m1", VOTERS).getVersion();
        assertThat(v1 >>> 32).isEqualTo(7);

        liveness.record(new NodeLiveness.Heartbeat("n1", 1_100, 9, List.of(GroupStatus.newBuilder()
                .setGroupId("g").setRole("LEADER").setTerm(2).setCommitIndex(5).setAppliedIndex(5).build())));
        ClusterMap led = publisher.refresh(state, liveness, 1_100, "m1", VOTERS);
        assertThat(led.getVersion()).isGreaterThan(v1);
        assertThat(led.getGroups(0).getLeaderId()).isEqualTo("n1");
        assertThat(led.getNodes(0).getPid()).isEqualTo(9);

        // Only progress changes (applied index, heartbeat time): same version, fresh numbers.
        liveness.record(new NodeLiveness.Heartbeat("n1", 1_600, 9, List.of(GroupStatus.newBuilder()
                .setGroupId("g").setRole("LEADER").setTerm(2).setCommitIndex(9).setAppliedIndex(9).build())));
        ClusterMap progressed = publisher.refresh(state, liveness, 1_600, "m1", VOTERS);
        assertThat(progressed.getVersion()).isEqualTo(led.getVersion());
        assertThat(progressed.getGroups(0).getStatus(0).getAppliedIndex()).isEqualTo(9);
        assertThat(progressed.getNodes(0).getLastHeartbeatMillis()).isEqualTo(1_600);

        // Time alone makes silent nodes SUSPECT: a new version.
        ClusterMap later = publisher.refresh(state, liveness, 4_000, "m1", VOTERS);
        assertThat(later.getNodes(1).getState()).isEqualTo(NodeState.SUSPECT);
        assertThat(later.getVersion()).isGreaterThan(progressed.getVersion());

        assertThat(new MapPublisher(8).refresh(state, liveness, 4_000, "m1", VOTERS).getVersion())
                .isGreaterThan(later.getVersion());
    }

    @Test
    void watchersGetNewerVersionsOnlyAndAnErrorAtTheEndOfTheTerm() {
        MapPublisher publisher = new MapPublisher(1);
        NodeLiveness liveness = new NodeLiveness(MembershipSettings.defaults(), 0);
        ClusterState state = state();
        ClusterMap first = publisher.refresh(state, liveness, 0, "m1", VOTERS);
        Recorder upToDate = new Recorder();
        Recorder behind = new Recorder();
        publisher.watch(first.getVersion(), upToDate);
        publisher.watch(0, behind);
        assertThat(upToDate.maps).isEmpty();
        assertThat(behind.maps).containsExactly(first);

        ClusterState withTable = new MembershipCommand.CreateTable(Tables.table("t"), 0).applyTo(state).state();
        ClusterMap second = publisher.refresh(withTable, liveness, 0, "m1", VOTERS);
        publisher.refresh(withTable, liveness, 0, "m1", VOTERS); // nothing new: not sent again
        assertThat(upToDate.maps).containsExactly(second);
        assertThat(behind.maps).containsExactly(first, second);

        publisher.close();
        assertThat(upToDate.error).hasMessageContaining("UNAVAILABLE");
        Recorder late = new Recorder();
        publisher.watch(0, late);
        assertThat(late.error).isNotNull();
    }
}
