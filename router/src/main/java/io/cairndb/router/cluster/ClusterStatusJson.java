package io.cairndb.router.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.proto.GroupInfo;
import io.cairndb.proto.NodeInfo;
import io.cairndb.proto.ReplicaStatus;
import java.io.UncheckedIOException;

/**
 * The cluster as {@code GET /cluster/status} shows it (and {@code cairn status} prints it), from
 * the router's current map. Hashes are 16 hex digits; {@code lag} is the leader's commit index
 * minus the replica's match index, -1 when not reported. Example:
 *
 * <pre>{@code
 * {
 *   "mapVersion" : 42,
 *   "membershipLeader" : "n1",
 *   "membershipVoters" : [ "n1", "n2", "n3" ],
 *   "router" : { "region" : "local", "az" : "az1", "clientId" : "3f0c…" },
 *   "nodes" : [ {
 *     "id" : "n1", "region" : "local", "az" : "az1", "state" : "ALIVE", "pid" : 4242,
 *     "raftAddress" : "127.0.0.2:7001", "grpcAddress" : "127.0.0.2:7002",
 *     "lastHeartbeatMillis" : 1763762000000
 *   } ],
 *   "groups" : [ {
 *     "id" : "5d8e…", "name" : "g1", "leader" : "n1", "leaderTerm" : 3,
 *     "replicas" : [
 *       { "node" : "n1", "az" : "az1", "state" : "ALIVE", "role" : "LEADER", "appliedIndex" : 120, "lag" : 0 },
 *       { "node" : "n2", "az" : "az2", "state" : "ALIVE", "role" : "FOLLOWER", "appliedIndex" : 119, "lag" : 1 },
 *       { "node" : "n3", "az" : "az3", "state" : "ALIVE", "role" : "FOLLOWER", "appliedIndex" : 120, "lag" : 0 } ]
 *   } ],
 *   "tables" : [ {
 *     "name" : "orders", "tableId" : "9b1c…",
 *     "partitions" : [
 *       { "hashLow" : "0000000000000000", "hashHigh" : "5555555555555554", "group" : "5d8e…", "groupName" : "g1" } ]
 *   } ]
 * }
 * }</pre>
 */
final class ClusterStatusJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ClusterStatusJson() {
    }

    static byte[] render(ClusterMap map, String region, String az, String clientId) {
        ObjectNode root = JSON.createObjectNode();
        root.put("mapVersion", map.version());
        root.put("membershipLeader", map.proto().getMembershipLeaderId());
        ArrayNode voters = root.putArray("membershipVoters");
        map.proto().getMembershipVotersList().forEach(voters::add);
        ObjectNode router = root.putObject("router");
        router.put("region", region);
        router.put("az", az);
        router.put("clientId", clientId);
        ArrayNode nodes = root.putArray("nodes");
        for (NodeInfo node : map.proto().getNodesList()) {
            nodes.add(node(node));
        }
        ArrayNode groups = root.putArray("groups");
        for (GroupInfo group : map.groups()) {
            groups.add(group(map, group));
        }
        ArrayNode tables = root.putArray("tables");
        for (TableDefinition table : map.tables()) {
            tables.add(table(map, table));
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode node(NodeInfo node) {
        ObjectNode json = JSON.createObjectNode();
        json.put("id", node.getNodeId());
        json.put("region", node.getRegion());
        json.put("az", node.getAz());
        json.put("state", node.getState().name());
        json.put("pid", node.getPid());
        json.put("raftAddress", node.getRaftAddress());
        json.put("grpcAddress", node.getGrpcAddress());
        json.put("lastHeartbeatMillis", node.getLastHeartbeatMillis());
        return json;
    }

    private static ObjectNode group(ClusterMap map, GroupInfo group) {
        ObjectNode json = JSON.createObjectNode();
        json.put("id", group.getGroupId());
        json.put("name", group.getName());
        json.put("leader", group.getLeaderId());
        json.put("leaderTerm", group.getLeaderTerm());
        ArrayNode replicas = json.putArray("replicas");
        for (String replica : group.getReplicasList()) {
            NodeInfo node = map.node(replica);
            ReplicaStatus status = status(group, replica);
            ObjectNode entry = replicas.addObject();
            entry.put("node", replica);
            entry.put("az", node == null ? "" : node.getAz());
            entry.put("state", node == null ? "UNKNOWN" : node.getState().name());
            entry.put("role", status != null ? status.getRole()
                    : replica.equals(group.getLeaderId()) ? "LEADER" : "UNKNOWN");
            entry.put("appliedIndex", status == null ? -1 : status.getAppliedIndex());
            entry.put("lag", status == null ? -1 : status.getLag());
        }
        return json;
    }

    private static ReplicaStatus status(GroupInfo group, String nodeId) {
        for (ReplicaStatus status : group.getStatusList()) {
            if (status.getNodeId().equals(nodeId)) {
                return status;
            }
        }
        return null;
    }

    private static ObjectNode table(ClusterMap map, TableDefinition table) {
        ObjectNode json = JSON.createObjectNode();
        json.put("name", table.name());
        json.put("tableId", table.tableId());
        ArrayNode partitions = json.putArray("partitions");
        for (Partition partition : map.route(table.name()).partitions().all()) {
            GroupInfo group = map.group(partition.groupId());
            ObjectNode entry = partitions.addObject();
            entry.put("hashLow", String.format("%016x", partition.hashes().low()));
            entry.put("hashHigh", String.format("%016x", partition.hashes().high()));
            entry.put("group", partition.groupId());
            entry.put("groupName", group == null ? "" : group.getName());
        }
        return json;
    }
}
