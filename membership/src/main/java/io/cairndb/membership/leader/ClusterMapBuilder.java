package io.cairndb.membership.leader;

import com.google.protobuf.ByteString;
import io.cairndb.membership.state.ClusterState;
import io.cairndb.membership.state.GroupRecord;
import io.cairndb.membership.state.NodeRecord;
import io.cairndb.membership.state.PartitionRange;
import io.cairndb.membership.state.TableRecord;
import io.cairndb.membership.table.TableDefinitionJson;
import io.cairndb.proto.ClusterMap;
import io.cairndb.proto.GroupInfo;
import io.cairndb.proto.GroupStatus;
import io.cairndb.proto.NodeInfo;
import io.cairndb.proto.PartitionInfo;
import io.cairndb.proto.ReplicaStatus;
import io.cairndb.proto.TableInfo;
import java.util.List;
import java.util.Map;

/**
 * Builds the cluster map (replicated state + the leader's soft state) as the wire message.
 * With {@code withProgress=false} it leaves out what changes on every heartbeat (times, applied
 * indexes, lag): that form decides whether the map changed enough for a new version.
 */
public final class ClusterMapBuilder {
    private ClusterMapBuilder() {
    }

    public static ClusterMap build(ClusterState state, List<TableInfo> tables, NodeLiveness liveness,
                                   long nowMillis, String leaderId, List<String> voters, long version,
                                   boolean withProgress) {
        GroupReports reports = new GroupReports(liveness.all().values());
        ClusterMap.Builder map = ClusterMap.newBuilder()
                .setVersion(version)
                .setMembershipLeaderId(leaderId)
                .addAllMembershipVoters(voters.stream().sorted().toList());
        for (NodeRecord node : state.nodes().values()) {
            map.addNodes(node(node, liveness, nowMillis, withProgress));
        }
        for (GroupRecord group : state.groupsByName()) {
            map.addGroups(group(group, reports, withProgress));
        }
        return map.addAllTables(tables).build();
    }

    private static NodeInfo node(NodeRecord node, NodeLiveness liveness, long nowMillis, boolean withProgress) {
        NodeInfo.Builder info = NodeInfo.newBuilder()
                .setNodeId(node.nodeId())
                .setRegion(node.region())
                .setAz(node.az())
                .setRaftAddress(node.raftAddress())
                .setGrpcAddress(node.grpcAddress())
                .setState(liveness.state(node, nowMillis));
        NodeLiveness.Heartbeat last = liveness.last(node.nodeId());
        if (last != null) {
            info.setPid(last.pid());
            if (withProgress) {
                info.setLastHeartbeatMillis(last.millis());
            }
        }
        return info.build();
    }

    private static GroupInfo group(GroupRecord group, GroupReports reports, boolean withProgress) {
        GroupInfo.Builder info = GroupInfo.newBuilder()
                .setGroupId(group.groupId())
                .setName(group.name())
                .addAllReplicas(group.replicas());
        reports.leader(group.groupId()).ifPresent(leader -> info
                .setLeaderId(leader)
                .setLeaderTerm(reports.statuses(group.groupId()).get(leader).getTerm()));
        for (Map.Entry<String, GroupStatus> e : reports.statuses(group.groupId()).entrySet()) {
            if (!group.members().contains(e.getKey())) {
                continue; // a removed replica that has not deleted the group yet
            }
            ReplicaStatus.Builder replica = ReplicaStatus.newBuilder()
                    .setNodeId(e.getKey())
                    .setRole(e.getValue().getRole());
            if (withProgress) {
                replica.setAppliedIndex(e.getValue().getAppliedIndex())
                        .setLag(reports.lag(group.groupId(), e.getKey()));
            }
            info.addStatus(replica);
        }
        return info.build();
    }

    /** The tables part, which changes only with the replicated state (callers cache it per state). */
    public static List<TableInfo> tables(ClusterState state) {
        return state.tables().values().stream().map(ClusterMapBuilder::table).toList();
    }

    private static TableInfo table(TableRecord table) {
        TableInfo.Builder info = TableInfo.newBuilder()
                .setDefinitionJson(ByteString.copyFrom(TableDefinitionJson.toJson(table.definition())));
        for (PartitionRange range : table.partitions()) {
            info.addPartitions(PartitionInfo.newBuilder()
                    .setHashLow(range.hashLow())
                    .setHashHigh(range.hashHigh())
                    .setGroupId(range.groupId()));
        }
        return info.build();
    }
}
