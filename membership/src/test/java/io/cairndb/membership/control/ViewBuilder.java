package io.cairndb.membership.control;

import io.cairndb.membership.leader.GroupReports;
import io.cairndb.membership.leader.NodeLiveness;
import io.cairndb.membership.state.ClusterState;
import io.cairndb.membership.state.GroupRecord;
import io.cairndb.membership.state.MembershipCommand;
import io.cairndb.membership.state.NodeRecord;
import io.cairndb.proto.GroupStatus;
import io.cairndb.proto.NodeState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds controller views for decision tests: nodes in AZs, groups, liveness and reports. */
final class ViewBuilder {
    private ClusterState state = ClusterState.EMPTY;
    private final Map<String, NodeState> states = new HashMap<>();
    private final Map<String, List<GroupStatus>> reports = new HashMap<>();
    private long now = 100_000;
    private long lastJoin = 0;

    ViewBuilder node(String id, String az) {
        state = new MembershipCommand.RegisterNode(new NodeRecord(id, "r", az, id + ":1", id + ":2", false))
                .applyTo(state).state();
        states.put(id, NodeState.ALIVE);
        return this;
    }

    ViewBuilder dead(String id, boolean marked) {
        states.put(id, NodeState.DEAD);
        if (marked) {
            state = new MembershipCommand.MarkNodeDead(id).applyTo(state).state();
        }
        return this;
    }

    ViewBuilder group(String name, String... replicas) {
        state = new MembershipCommand.CreateGroups(List.of(GroupRecord.of(name, name, List.of(replicas))))
                .applyTo(state).state();
        return this;
    }

    ViewBuilder joining(String name, String... joining) {
        GroupRecord g = state.groups().get(name);
        state = new MembershipCommand.SetGroupReplicas(name, g.replicas(), g.joining(), g.replicas(), List.of(joining))
                .applyTo(state).state();
        return this;
    }

    ViewBuilder reports(String node, String group, String role) {
        reports.computeIfAbsent(node, n -> new ArrayList<>())
                .add(GroupStatus.newBuilder().setGroupId(group).setRole(role).setTerm(3).build());
        return this;
    }

    ViewBuilder justJoined() {
        lastJoin = now - 1;
        return this;
    }

    ClusterView build() {
        List<NodeLiveness.Heartbeat> beats = new ArrayList<>();
        reports.forEach((node, groups) -> beats.add(new NodeLiveness.Heartbeat(node, now, 1, groups)));
        return new ClusterView(state, states, new GroupReports(beats), now, lastJoin);
    }
}
