package io.cairndb.node;

import io.cairndb.membership.MembershipSettings;
import io.cairndb.membership.Seeds;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one node process needs to know about itself.
 *
 * @param seeds         the membership voters (they host the metadata group)
 * @param raftOverrides Ratis properties applied after the defaults (tests use larger timeouts)
 */
public record NodeSettings(String nodeId, String region, String az, String host, int raftPort, int grpcPort,
                           Path dataDir, Seeds seeds, MembershipSettings membership,
                           Map<String, String> raftOverrides) {

    public NodeSettings {
        requireText(nodeId, "node id");
        requireText(region, "region");
        requireText(az, "availability zone");
        requireText(host, "host");
        Objects.requireNonNull(dataDir, "data directory");
        Objects.requireNonNull(membership, "membership settings");
        Objects.requireNonNull(seeds, "seeds");
        raftOverrides = Map.copyOf(raftOverrides);
    }

    public HostPort raftAddress() {
        return new HostPort(host, raftPort);
    }

    public HostPort grpcAddress() {
        return new HostPort(host, grpcPort);
    }

    /** Ratis storage: one directory per group with its log, snapshots and the group's RocksDB. */
    public Path raftDir() {
        return dataDir.resolve("raft");
    }

    /** Whether this node is a membership voter, i.e. hosts the metadata group from the start. */
    public boolean isSeed() {
        return seeds.contains(nodeId);
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
    }
}
