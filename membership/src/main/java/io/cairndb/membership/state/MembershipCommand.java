package io.cairndb.membership.state;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.cairndb.engine.error.ResourceInUseException;
import io.cairndb.engine.error.ResourceNotFoundException;
import io.cairndb.engine.schema.TableDefinition;
import java.util.List;
import java.util.Objects;

/**
 * An entry of the metadata log. Applying one is a pure function of the state, so every replica
 * computes the same result. Encoded as JSON with a {@code "type"} tag by {@link StateCodec}
 * (JSON keeps the log readable and lets the TableDefinition travel in its one codec).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = MembershipCommand.RegisterNode.class, name = "RegisterNode"),
        @JsonSubTypes.Type(value = MembershipCommand.MarkNodeDead.class, name = "MarkNodeDead"),
        @JsonSubTypes.Type(value = MembershipCommand.CreateGroups.class, name = "CreateGroups"),
        @JsonSubTypes.Type(value = MembershipCommand.SetGroupReplicas.class, name = "SetGroupReplicas"),
        @JsonSubTypes.Type(value = MembershipCommand.CreateTable.class, name = "CreateTable"),
        @JsonSubTypes.Type(value = MembershipCommand.UpdateTable.class, name = "UpdateTable"),
        @JsonSubTypes.Type(value = MembershipCommand.DeleteTable.class, name = "DeleteTable"),
})
public sealed interface MembershipCommand {

    Outcome applyTo(ClusterState state);

    /** Join or re-join: records the node's identity and addresses and clears a DEAD mark. */
    record RegisterNode(NodeRecord node) implements MembershipCommand {
        @Override
        public Outcome applyTo(ClusterState state) {
            NodeRecord registered = node.withDead(false);
            if (registered.equals(state.nodes().get(node.nodeId()))) {
                return Outcome.unchanged(state, CommandResult.ok());
            }
            return new Outcome(state.withNodes(nodes -> nodes.put(node.nodeId(), registered)), CommandResult.ok());
        }
    }

    /** The leader declared the node dead: repair moves its replicas. */
    record MarkNodeDead(String nodeId) implements MembershipCommand {
        @Override
        public Outcome applyTo(ClusterState state) {
            NodeRecord node = state.nodes().get(nodeId);
            if (node == null) {
                return Outcome.unchanged(state, CommandResult.rejected("unknown node " + nodeId));
            }
            if (node.dead()) {
                return Outcome.unchanged(state, CommandResult.ok());
            }
            return new Outcome(state.withNodes(nodes -> nodes.put(nodeId, node.withDead(true))), CommandResult.ok());
        }
    }

    /** Adds the groups whose ids are new; existing ones are left as they are (retry-safe). */
    record CreateGroups(List<GroupRecord> groups) implements MembershipCommand {
        public CreateGroups {
            groups = List.copyOf(groups);
        }

        @Override
        public Outcome applyTo(ClusterState state) {
            List<GroupRecord> fresh = groups.stream().filter(g -> !state.groups().containsKey(g.groupId())).toList();
            if (fresh.isEmpty()) {
                return Outcome.unchanged(state, CommandResult.ok());
            }
            return new Outcome(state.withGroups(map -> fresh.forEach(g -> map.put(g.groupId(), g))), CommandResult.ok());
        }
    }

    /**
     * Compare-and-set of a group's replica sets: applies only if the group still has the
     * expected ones, so a controller acting on a stale view (or an old leader) changes nothing.
     */
    record SetGroupReplicas(String groupId, List<String> expectedReplicas, List<String> expectedJoining,
                            List<String> replicas, List<String> joining) implements MembershipCommand {
        public SetGroupReplicas {
            expectedReplicas = List.copyOf(expectedReplicas);
            expectedJoining = List.copyOf(expectedJoining);
            replicas = List.copyOf(replicas);
            joining = List.copyOf(joining);
        }

        @Override
        public Outcome applyTo(ClusterState state) {
            GroupRecord group = state.groups().get(groupId);
            if (group == null) {
                return Outcome.unchanged(state, CommandResult.rejected("unknown group " + groupId));
            }
            if (group.replicas().equals(replicas) && group.joining().equals(joining)) {
                return Outcome.unchanged(state, CommandResult.ok());
            }
            if (!group.replicas().equals(expectedReplicas) || !group.joining().equals(expectedJoining)) {
                return Outcome.unchanged(state, CommandResult.rejected("group " + group.name() + " changed meanwhile"));
            }
            GroupRecord updated = new GroupRecord(groupId, group.name(), replicas, joining);
            return new Outcome(state.withGroups(map -> map.put(groupId, updated)), CommandResult.ok());
        }
    }

    /**
     * Creates a table with {@code partitionsPerTable} partitions (0: one per data group) over
     * the groups ordered by name; partition i goes to group (i + ordinal) mod G.
     */
    record CreateTable(TableDefinition definition, int partitionsPerTable) implements MembershipCommand {
        @Override
        public Outcome applyTo(ClusterState state) {
            if (state.tables().containsKey(definition.name())) {
                return Outcome.unchanged(state, CommandResult.dynamoDb(
                        new ResourceInUseException("Table already exists: " + definition.name())));
            }
            List<String> groupIds = state.groupsByName().stream().map(GroupRecord::groupId).toList();
            if (groupIds.isEmpty()) {
                return Outcome.unchanged(state, CommandResult.rejected("no data groups yet: the cluster is still forming"));
            }
            long ordinal = state.nextTableOrdinal();
            int count = partitionsPerTable > 0 ? partitionsPerTable : groupIds.size();
            TableRecord table = new TableRecord(definition, ordinal, PartitionRange.split(count, ordinal, groupIds));
            return new Outcome(state.withTables(map -> map.put(definition.name(), table), ordinal + 1),
                    CommandResult.ok(definition));
        }
    }

    /** Replaces a table's definition; its partitions stay. */
    record UpdateTable(TableDefinition definition) implements MembershipCommand {
        @Override
        public Outcome applyTo(ClusterState state) {
            TableRecord table = state.tables().get(definition.name());
            if (table == null) {
                return Outcome.unchanged(state, notFound(definition.name()));
            }
            return new Outcome(state.withTables(map -> map.put(definition.name(), table.withDefinition(definition)),
                    state.nextTableOrdinal()), CommandResult.ok(definition));
        }
    }

    record DeleteTable(String tableName) implements MembershipCommand {
        public DeleteTable {
            Objects.requireNonNull(tableName, "tableName");
        }

        @Override
        public Outcome applyTo(ClusterState state) {
            TableRecord table = state.tables().get(tableName);
            if (table == null) {
                return Outcome.unchanged(state, notFound(tableName));
            }
            return new Outcome(state.withTables(map -> map.remove(tableName), state.nextTableOrdinal()),
                    CommandResult.ok(table.definition()));
        }
    }

    private static CommandResult notFound(String tableName) {
        return CommandResult.dynamoDb(ResourceNotFoundException.table(tableName));
    }
}
