package io.cairndb.chaos.nemesis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.launcher.status.ClusterStatus;
import java.util.List;

/** Router statuses for tests, built as {@code /cluster/status} renders them. */
final class Statuses {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode root = JSON.createObjectNode();

    Statuses(String membershipLeader) {
        root.put("membershipLeader", membershipLeader);
        root.putArray("nodes");
        root.putArray("groups");
    }

    Statuses node(String id, String az, String state) {
        ((ArrayNode) root.get("nodes")).addObject().put("id", id).put("az", az).put("state", state);
        return this;
    }

    Statuses group(String name, String leader, List<String> replicas) {
        ObjectNode group = ((ArrayNode) root.get("groups")).addObject().put("id", name + "-id").put("name", name)
                .put("leader", leader);
        ArrayNode entries = group.putArray("replicas");
        replicas.forEach(node -> entries.addObject().put("node", node));
        return this;
    }

    ClusterStatus build() {
        return ClusterStatus.parse(root);
    }
}
