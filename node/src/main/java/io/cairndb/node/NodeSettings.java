package io.cairndb.node;

import io.cairndb.membership.MembershipSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one node process needs to know about itself.
 *
 * @param seeds         the membership voters (they host the metadata group)
 * @param raftOverrides Ratis properties applied after the defaults (tests use larger timeouts)
 */
public record NodeSettings(String nodeId, String region, String az, String host, int raftPort, int grpcPort,
                           Path dataDir, List<SeedNode> seeds, MembershipSettings membership,
                           Map<String, String> raftOverrides) {

    public NodeSettings {
        requireText(nodeId, "node id");
        requireText(region, "region");
        requireText(az, "availability zone");
        requireText(host, "host");
        Objects.requireNonNull(dataDir, "data directory");
        Objects.requireNonNull(membership, "membership settings");
        seeds = List.copyOf(seeds);
        raftOverrides = Map.copyOf(raftOverrides);
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("at least one seed is required");
        }
    }

    public HostPort raftAddress() {
        return new HostPort(host, raftPort);
    }

    public HostPort grpcAddress() {
        return new HostPort(host, grpcPort);
    }

    public DataLayout layout() {
        return new DataLayout(dataDir);
    }

    /** Whether this node is a membership voter, i.e. hosts the metadata group from the start. */
    public boolean isSeed() {
        return seeds.stream().anyMatch(seed -> seed.nodeId().equals(nodeId));
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
    }
}
