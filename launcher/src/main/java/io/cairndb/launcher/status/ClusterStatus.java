package io.cairndb.launcher.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code GET /cluster/status} says about the cluster, as the launcher needs it: nodes, data
 * groups with their leader and replicas, and tables with their partitions (the document is
 * described in the router's {@code ClusterStatusJson}). Parsed leniently (missing fields become
 * empty or -1) so an older or newer router still gives a readable status.
 */
public record ClusterStatus(long version, String membershipLeader, List<Node> nodes, List<Group> groups,
                            List<Table> tables, JsonNode raw) {
    public record Node(String id, String az, String state, long pid, String raftAddress, String grpcAddress) {
        public boolean alive() {
            return "ALIVE".equalsIgnoreCase(state);
        }
    }

    /** One voting member of a group; {@code appliedIndex} and {@code lag} are -1 when not reported. */
    public record Replica(String nodeId, String az, String state, String role, long appliedIndex, long lag) {
    }

    public record Group(String id, String name, String leader, long term, List<Replica> replicas) {
        public boolean hasLeader() {
            return leader != null && !leader.isEmpty();
        }

        /** The name people read ({@code g1}), or the id when the group has none. */
        public String label() {
            return name == null || name.isEmpty() ? id : name;
        }
    }

    /** A hash range of a table, hashes as 16 hexadecimal digits (unsigned, both ends inclusive). */
    public record Partition(String hashLow, String hashHigh, String group) {
    }

    public record Table(String name, String tableId, List<Partition> partitions) {
    }

    public static ClusterStatus parse(JsonNode json) {
        List<Node> nodes = new ArrayList<>();
        for (JsonNode n : json.path("nodes")) {
            nodes.add(new Node(text(n, "id"), text(n, "az"), text(n, "state"), n.path("pid").asLong(0),
                    text(n, "raftAddress"), text(n, "grpcAddress")));
        }
        List<Group> groups = new ArrayList<>();
        for (JsonNode g : json.path("groups")) {
            List<Replica> replicas = new ArrayList<>();
            for (JsonNode r : g.path("replicas")) {
                replicas.add(new Replica(text(r, "node"), text(r, "az"), text(r, "state"), text(r, "role"),
                        r.path("appliedIndex").asLong(-1), r.path("lag").asLong(-1)));
            }
            groups.add(new Group(text(g, "id"), text(g, "name"), text(g, "leader"), g.path("leaderTerm").asLong(0),
                    List.copyOf(replicas)));
        }
        List<Table> tables = new ArrayList<>();
        for (JsonNode t : json.path("tables")) {
            List<Partition> partitions = new ArrayList<>();
            for (JsonNode p : t.path("partitions")) {
                partitions.add(new Partition(text(p, "hashLow"), text(p, "hashHigh"), text(p, "group")));
            }
            tables.add(new Table(text(t, "name"), text(t, "tableId"), List.copyOf(partitions)));
        }
        return new ClusterStatus(json.path("mapVersion").asLong(0), text(json, "membershipLeader"),
                List.copyOf(nodes), List.copyOf(groups), List.copyOf(tables), json);
    }

    public Optional<Node> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public Optional<Group> group(String idOrName) {
        return groups.stream().filter(g -> g.id().equals(idOrName) || g.label().equals(idOrName)).findFirst();
    }

    public String azOf(String nodeId) {
        return node(nodeId).map(Node::az).orElse("");
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? "" : value.asText();
    }
}
