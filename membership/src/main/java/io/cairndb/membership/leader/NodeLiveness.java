package io.cairndb.membership.leader;

import io.cairndb.membership.MembershipSettings;
import io.cairndb.membership.state.NodeRecord;
import io.cairndb.proto.GroupStatus;
import io.cairndb.proto.NodeState;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The leader's soft state about nodes: the last heartbeat of each (time, PID, group reports).
 * Not replicated: a new leader starts empty and gives every node a fresh grace period from the
 * moment it took over, so a leader change never declares anyone dead. Times are milliseconds of
 * the leader's monotonic clock, never the wall clock, which may jump.
 */
public final class NodeLiveness {

    /** One node's latest heartbeat. */
    public record Heartbeat(String nodeId, long millis, long pid, List<GroupStatus> groups) {
        public Heartbeat {
            groups = List.copyOf(groups);
        }
    }

    private final MembershipSettings settings;
    private final long graceStartMillis;
    private final Map<String, Heartbeat> heartbeats = new ConcurrentHashMap<>();
    private final Map<String, Long> firstSeen = new ConcurrentHashMap<>();

    public NodeLiveness(MembershipSettings settings, long graceStartMillis) {
        this.settings = settings;
        this.graceStartMillis = graceStartMillis;
    }

    public void record(Heartbeat heartbeat) {
        heartbeats.put(heartbeat.nodeId(), heartbeat);
        firstSeen.putIfAbsent(heartbeat.nodeId(), heartbeat.millis());
    }

    /** When this leader first heard from the latest node to show up (its start if none did). */
    public long lastJoinMillis() {
        return firstSeen.values().stream().mapToLong(Long::longValue).max().orElse(graceStartMillis);
    }

    public Heartbeat last(String nodeId) {
        return heartbeats.get(nodeId);
    }

    public Map<String, Heartbeat> all() {
        return Map.copyOf(heartbeats);
    }

    /** ALIVE, SUSPECT after {@code suspectAfter} of silence, DEAD after {@code repairAfter} or once marked. */
    public NodeState state(NodeRecord node, long nowMillis) {
        if (node.dead()) {
            return NodeState.DEAD;
        }
        Heartbeat last = heartbeats.get(node.nodeId());
        long since = Math.max(graceStartMillis, last == null ? Long.MIN_VALUE : last.millis());
        long silent = nowMillis - since;
        if (silent >= settings.repairAfter().toMillis()) {
            return NodeState.DEAD;
        }
        if (silent >= settings.suspectAfter().toMillis()) {
            return NodeState.SUSPECT;
        }
        return NodeState.ALIVE;
    }
}
