package io.cairndb.membership;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The nodes that host the metadata group, as given by {@code --seeds
 * n1=127.0.0.2:7001:7002,n2=...}. Nodes, routers and the launcher parse the flag here.
 */
public record Seeds(List<SeedNode> nodes) {

    public Seeds {
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("at least one seed is required");
        }
        Set<String> ids = new HashSet<>();
        for (SeedNode node : nodes) {
            if (!ids.add(node.nodeId())) {
                throw new IllegalArgumentException("duplicate seed id: " + node.nodeId());
            }
        }
    }

    /** Parses the comma-separated flag value; blanks around entries are ignored. */
    public static Seeds parse(String flag) {
        if (flag == null || flag.isBlank()) {
            throw new IllegalArgumentException("--seeds is empty");
        }
        List<SeedNode> nodes = new ArrayList<>();
        for (String part : flag.split(",")) {
            if (!part.isBlank()) {
                nodes.add(SeedNode.parse(part));
            }
        }
        return new Seeds(nodes);
    }

    public Optional<SeedNode> find(String nodeId) {
        return nodes.stream().filter(n -> n.nodeId().equals(nodeId)).findFirst();
    }

    public boolean contains(String nodeId) {
        return find(nodeId).isPresent();
    }

    public List<String> grpcAddresses() {
        return nodes.stream().map(SeedNode::grpcAddress).toList();
    }

    /** The flag form, which {@link #parse} reads back. */
    @Override
    public String toString() {
        return nodes.stream().map(SeedNode::toString).collect(Collectors.joining(","));
    }
}
