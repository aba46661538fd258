package io.cairndb.membership;

import java.time.Duration;
import java.util.Objects;

/**
 * Cluster-shape and liveness settings of the metadata service.
 *
 * @param dataGroups         data Raft groups placement creates
 * @param replicationFactor  voters per data group
 * @param partitionsPerTable partitions CreateTable gives a table; 0 means "one per data group"
 * @param heartbeatInterval  how often nodes heartbeat the membership leader
 * @param suspectAfter       a node silent this long is SUSPECT
 * @param repairAfter        a node silent this long is DEAD and its replicas are moved
 * @param balanceInterval    how often the leader balancer runs
 */
public record MembershipSettings(
        int dataGroups,
        int replicationFactor,
        int partitionsPerTable,
        Duration heartbeatInterval,
        Duration suspectAfter,
        Duration repairAfter,
        Duration balanceInterval) {

    public static final MembershipSettings DEFAULTS = new MembershipSettings(
            3, 3, 0, Duration.ofMillis(500), Duration.ofSeconds(3), Duration.ofSeconds(30), Duration.ofSeconds(5));

    public MembershipSettings {
        Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        Objects.requireNonNull(suspectAfter, "suspectAfter");
        Objects.requireNonNull(repairAfter, "repairAfter");
        Objects.requireNonNull(balanceInterval, "balanceInterval");
        if (dataGroups < 1 || replicationFactor < 1 || partitionsPerTable < 0) {
            throw new IllegalArgumentException("dataGroups and replicationFactor must be >= 1, partitionsPerTable >= 0");
        }
        if (repairAfter.compareTo(suspectAfter) < 0) {
            throw new IllegalArgumentException("repairAfter must not be shorter than suspectAfter");
        }
    }

    public static MembershipSettings defaults() {
        return DEFAULTS;
    }

    public MembershipSettings withRepairAfter(Duration value) {
        return new MembershipSettings(dataGroups, replicationFactor, partitionsPerTable, heartbeatInterval,
                suspectAfter, value, balanceInterval);
    }

    public MembershipSettings withSuspectAfter(Duration value) {
        return new MembershipSettings(dataGroups, replicationFactor, partitionsPerTable, heartbeatInterval,
                value, repairAfter, balanceInterval);
    }

    public MembershipSettings withDataGroups(int value) {
        return new MembershipSettings(value, replicationFactor, partitionsPerTable, heartbeatInterval,
                suspectAfter, repairAfter, balanceInterval);
    }

    public MembershipSettings withBalanceInterval(Duration value) {
        return new MembershipSettings(dataGroups, replicationFactor, partitionsPerTable, heartbeatInterval,
                suspectAfter, repairAfter, value);
    }

    /** Partitions a new table gets when {@code groups} data groups exist. */
    public int partitionsFor(int groups) {
        return partitionsPerTable > 0 ? partitionsPerTable : Math.max(1, groups);
    }
}
