package io.cairndb.chaos.nemesis;

import io.cairndb.launcher.cluster.ClusterPlan;
import io.cairndb.launcher.status.ClusterStatus;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The membership nemesis's next step, decided from the running nodes and the router's status: a
 * fresh machine added, a machine lost for good, or nothing.
 *
 * <p>A removal never takes a seed (n1..n3: the fixed metadata voters, one per AZ, so every AZ keeps
 * a node and every group a same-AZ replacement), and happens only while every data group is whole
 * (all {@value #REPLICAS} replicas on running nodes the status calls ALIVE): a second machine lost
 * before the first one's repair finished could take a group's majority with it for good, which no
 * cluster survives. Additions stop at {@code maxRunning} node processes (they all share one machine).
 */
sealed interface MembershipChange {
    /** The cluster's replication factor. */
    int REPLICAS = 3;

    record Add() implements MembershipChange {
    }

    /** Remove {@code node}, which holds replicas of {@code groups}. */
    record Remove(String node, List<String> groups) implements MembershipChange {
    }

    record Skip(String reason) implements MembershipChange {
    }

    /** Remove or add, at random when both are possible; a removal prefers a node holding replicas. */
    static MembershipChange decide(List<String> running, Optional<ClusterStatus> status, int maxRunning,
                                   Random random) {
        Set<String> seeds = IntStream.rangeClosed(1, ClusterPlan.SEED_COUNT).mapToObj(ClusterPlan::nodeId)
                .collect(Collectors.toSet());
        List<String> removable = running.stream().filter(id -> !seeds.contains(id)).toList();
        Optional<String> unsafe = removable.isEmpty() ? Optional.of("no node but the seeds runs")
                : status.map(s -> notWhole(s, running)).orElse(Optional.of("no cluster status"));
        boolean canAdd = running.size() < maxRunning;
        if (unsafe.isEmpty() && (!canAdd || random.nextBoolean())) {
            ClusterStatus known = status.orElseThrow();
            List<String> holders = removable.stream().filter(id -> !groupsOn(known, id).isEmpty()).toList();
            List<String> choices = holders.isEmpty() ? removable : holders;
            String node = choices.get(random.nextInt(choices.size()));
            return new Remove(node, groupsOn(known, node));
        }
        if (canAdd) {
            return new Add();
        }
        return new Skip(unsafe.orElseThrow() + "; " + running.size() + " nodes run, the most this nemesis adds up to");
    }

    /** Why not every data group is whole, or empty when every one is. */
    private static Optional<String> notWhole(ClusterStatus status, List<String> running) {
        if (status.groups().isEmpty()) {
            return Optional.of("no data groups yet");
        }
        for (ClusterStatus.Group group : status.groups()) {
            List<String> replicas = group.replicas().stream().map(ClusterStatus.Replica::nodeId).toList();
            List<String> down = replicas.stream().filter(id -> !running.contains(id)
                    || !status.node(id).map(ClusterStatus.Node::alive).orElse(false)).toList();
            if (replicas.size() < REPLICAS || !down.isEmpty()) {
                return Optional.of(group.label() + " is on " + replicas + (down.isEmpty() ? ", fewer than " + REPLICAS
                        : ", " + down + " not running ALIVE") + ": a node restarting or a repair under way");
            }
        }
        return Optional.empty();
    }

    /** The data groups with a replica on {@code node}, by name. */
    static List<String> groupsOn(ClusterStatus status, String node) {
        return status.groups().stream().filter(g -> g.replicas().stream().anyMatch(r -> r.nodeId().equals(node)))
                .map(ClusterStatus.Group::label).toList();
    }
}
