package io.cairndb.router.cluster;

import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.membership.table.TableDefinitionJson;
import io.cairndb.proto.GroupInfo;
import io.cairndb.proto.NodeInfo;
import io.cairndb.proto.TableInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One version of the cluster map, indexed for routing: nodes and groups by id, tables by name
 * with their definitions decoded and partitions checked once, when the map is installed, so a
 * request only does lookups. Immutable.
 */
public final class ClusterMap {
    /** Before the first map arrives: no nodes, groups or tables. */
    public static final ClusterMap EMPTY = new ClusterMap(io.cairndb.proto.ClusterMap.getDefaultInstance());

    private final io.cairndb.proto.ClusterMap proto;
    private final Map<String, NodeInfo> nodes = new LinkedHashMap<>();
    private final Map<String, GroupInfo> groups = new LinkedHashMap<>();
    private final Map<String, TableRoute> tables = new LinkedHashMap<>();

    private ClusterMap(io.cairndb.proto.ClusterMap proto) {
        this.proto = proto;
        for (NodeInfo node : proto.getNodesList()) {
            nodes.put(node.getNodeId(), node);
        }
        for (GroupInfo group : proto.getGroupsList()) {
            groups.put(group.getGroupId(), group);
        }
        for (TableInfo table : proto.getTablesList()) {
            TableDefinition definition = TableDefinitionJson.fromJson(table.getDefinitionJson().toByteArray());
            tables.put(definition.name(), new TableRoute(definition, PartitionTable.fromProto(table.getPartitionsList())));
        }
    }

    public static ClusterMap of(io.cairndb.proto.ClusterMap proto) {
        return new ClusterMap(proto);
    }

    public long version() {
        return proto.getVersion();
    }

    /** The map as membership sent it. */
    public io.cairndb.proto.ClusterMap proto() {
        return proto;
    }

    /** The node, or null. */
    public NodeInfo node(String nodeId) {
        return nodes.get(nodeId);
    }

    /** The data group, or null. */
    public GroupInfo group(String groupId) {
        return groups.get(groupId);
    }

    public List<GroupInfo> groups() {
        return proto.getGroupsList();
    }

    /** The table's definitions, ordered by name. */
    public List<TableDefinition> tables() {
        List<TableDefinition> definitions = new ArrayList<>(tables.size());
        for (TableRoute route : tables.values()) {
            definitions.add(route.definition());
        }
        return Collections.unmodifiableList(definitions);
    }

    /** The table's definition, or null. */
    public TableDefinition table(String name) {
        TableRoute route = tables.get(name);
        return route == null ? null : route.definition();
    }

    /** The table's route, or null. */
    TableRoute route(String tableName) {
        return tables.get(tableName);
    }

    /** The gRPC address of a node, or null when the map does not know it. */
    String grpcAddressOf(String nodeId) {
        NodeInfo node = nodes.get(nodeId);
        return node == null || node.getGrpcAddress().isEmpty() ? null : node.getGrpcAddress();
    }

    /** The gRPC address of the membership leader when the map names one, else null. */
    String membershipLeaderAddress() {
        return grpcAddressOf(proto.getMembershipLeaderId());
    }

    /** The gRPC addresses of the nodes hosting the membership group. */
    List<String> membershipVoterAddresses() {
        List<String> addresses = new ArrayList<>();
        for (String voter : proto.getMembershipVotersList()) {
            NodeInfo node = nodes.get(voter);
            if (node != null && !node.getGrpcAddress().isEmpty()) {
                addresses.add(node.getGrpcAddress());
            }
        }
        return addresses;
    }
}
