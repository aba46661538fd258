package io.cairndb.membership.leader;

import io.cairndb.proto.FollowerProgress;
import io.cairndb.proto.GroupStatus;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** What the nodes' heartbeats say about the data groups: who hosts, who leads, how far behind. */
public final class GroupReports {
    /** group id → node id → that node's status of the group. */
    private final Map<String, Map<String, GroupStatus>> byGroup = new HashMap<>();

    public GroupReports(Collection<NodeLiveness.Heartbeat> heartbeats) {
        for (NodeLiveness.Heartbeat heartbeat : heartbeats) {
            for (GroupStatus status : heartbeat.groups()) {
                byGroup.computeIfAbsent(status.getGroupId(), g -> new TreeMap<>()).put(heartbeat.nodeId(), status);
            }
        }
    }

    public Map<String, GroupStatus> statuses(String groupId) {
        return byGroup.getOrDefault(groupId, Map.of());
    }

    public Optional<GroupStatus> status(String groupId, String nodeId) {
        return Optional.ofNullable(statuses(groupId).get(nodeId));
    }

    public boolean hosts(String nodeId, String groupId) {
        return statuses(groupId).containsKey(nodeId);
    }

    /** The node that reports leading the group in the highest term, if any does. */
    public Optional<String> leader(String groupId) {
        String leader = null;
        long term = -1;
        for (Map.Entry<String, GroupStatus> e : statuses(groupId).entrySet()) {
            GroupStatus status = e.getValue();
            if ("LEADER".equals(status.getRole()) && status.getTerm() > term) {
                leader = e.getKey();
                term = status.getTerm();
            }
        }
        return Optional.ofNullable(leader);
    }

    /** Group id → reported leader, for the groups that have one. */
    public Map<String, String> leaders() {
        Map<String, String> leaders = new TreeMap<>();
        for (String groupId : byGroup.keySet()) {
            leader(groupId).ifPresent(l -> leaders.put(groupId, l));
        }
        return leaders;
    }

    /** Groups a node reports hosting. */
    public Set<String> hostedBy(String nodeId) {
        Set<String> hosted = new TreeSet<>();
        byGroup.forEach((groupId, statuses) -> {
            if (statuses.containsKey(nodeId)) {
                hosted.add(groupId);
            }
        });
        return hosted;
    }

    /** Leader's commit index minus the replica's match index (0 for the leader, or when unknown). */
    public long lag(String groupId, String nodeId) {
        Optional<String> leaderId = leader(groupId);
        if (leaderId.isEmpty() || leaderId.get().equals(nodeId)) {
            return 0;
        }
        GroupStatus leader = statuses(groupId).get(leaderId.get());
        for (FollowerProgress follower : leader.getFollowersList()) {
            if (follower.getNodeId().equals(nodeId)) {
                return Math.max(0, leader.getCommitIndex() - follower.getMatchIndex());
            }
        }
        GroupStatus own = statuses(groupId).get(nodeId);
        return own == null ? 0 : Math.max(0, leader.getCommitIndex() - own.getAppliedIndex());
    }
}
