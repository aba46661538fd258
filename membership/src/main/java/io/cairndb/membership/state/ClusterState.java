package io.cairndb.membership.state;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The replicated metadata: immutable, changed only by {@link MembershipCommand}s applied in log
 * order. Maps are sorted so that iteration (and the snapshot encoding) is the same everywhere.
 *
 * @param version          grows by one with every command that changed something
 * @param nextTableOrdinal the ordinal the next created table gets
 */
public record ClusterState(
        long version,
        long nextTableOrdinal,
        SortedMap<String, NodeRecord> nodes,
        SortedMap<String, GroupRecord> groups,
        SortedMap<String, TableRecord> tables) {

    public static final ClusterState EMPTY = new ClusterState(0, 0, new TreeMap<>(), new TreeMap<>(), new TreeMap<>());

    public ClusterState {
        nodes = frozen(nodes);
        groups = frozen(groups);
        tables = frozen(tables);
    }

    /** Groups ordered by name (g1, g2, ...; names compare by length first so g10 follows g9). */
    public java.util.List<GroupRecord> groupsByName() {
        return groups.values().stream()
                .sorted(java.util.Comparator.comparingInt((GroupRecord g) -> g.name().length())
                        .thenComparing(GroupRecord::name))
                .toList();
    }

    /** A copy with one map edited and the version bumped. */
    ClusterState withNodes(Consumer<Map<String, NodeRecord>> edit) {
        TreeMap<String, NodeRecord> copy = new TreeMap<>(nodes);
        edit.accept(copy);
        return new ClusterState(version + 1, nextTableOrdinal, copy, groups, tables);
    }

    ClusterState withGroups(Consumer<Map<String, GroupRecord>> edit) {
        TreeMap<String, GroupRecord> copy = new TreeMap<>(groups);
        edit.accept(copy);
        return new ClusterState(version + 1, nextTableOrdinal, nodes, copy, tables);
    }

    ClusterState withTables(Consumer<Map<String, TableRecord>> edit, long ordinalAfter) {
        TreeMap<String, TableRecord> copy = new TreeMap<>(tables);
        edit.accept(copy);
        return new ClusterState(version + 1, ordinalAfter, nodes, groups, copy);
    }

    private static <V> SortedMap<String, V> frozen(Map<String, V> map) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(map == null ? Map.of() : map));
    }
}
