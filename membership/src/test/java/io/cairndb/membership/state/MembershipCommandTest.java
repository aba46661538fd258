package io.cairndb.membership.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.membership.Tables;
import io.cairndb.membership.state.MembershipCommand.CreateGroups;
import io.cairndb.membership.state.MembershipCommand.CreateTable;
import io.cairndb.membership.state.MembershipCommand.DeleteTable;
import io.cairndb.membership.state.MembershipCommand.MarkNodeDead;
import io.cairndb.membership.state.MembershipCommand.RegisterNode;
import io.cairndb.membership.state.MembershipCommand.SetGroupReplicas;
import io.cairndb.membership.state.MembershipCommand.UpdateTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class MembershipCommandTest {
    private static final NodeRecord N1 = new NodeRecord("n1", "r", "a", "h:1", "h:2", false);

    private static ClusterState withGroups(int count) {
        List<GroupRecord> groups = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            groups.add(GroupRecord.of("id-g" + i, "g" + i, List.of("n1", "n2", "n3")));
        }
        return new CreateGroups(groups).applyTo(ClusterState.EMPTY).state();
    }

    @Test
    void createTableSplitsTheHashSpaceOverTheGroupsShiftedByTheOrdinal() {
        Outcome first = new CreateTable(Tables.table("a"), 0).applyTo(withGroups(3));
        Outcome second = new CreateTable(Tables.table("b"), 0).applyTo(first.state());

        TableRecord a = second.state().tables().get("a");
        TableRecord b = second.state().tables().get("b");
        assertThat(a.ordinal()).isZero();
        assertThat(b.ordinal()).isEqualTo(1);
        assertThat(a.partitions()).extracting(PartitionRange::groupId).containsExactly("id-g1", "id-g2", "id-g3");
        assertThat(b.partitions()).extracting(PartitionRange::groupId).containsExactly("id-g2", "id-g3", "id-g1");
        assertThat(a.partitions().get(0).hashLow()).isZero();
        assertThat(a.partitions().get(0).hashHigh()).isEqualTo(0x5555555555555554L);
        assertThat(a.partitions().get(1).hashLow()).isEqualTo(0x5555555555555555L);
        assertThat(a.partitions().get(2).hashHigh()).isEqualTo(-1L);
        assertThat(first.result().isOk()).isTrue();
        assertThat(first.result().table()).isEqualTo(Tables.table("a"));
        assertThat(second.state().version()).isEqualTo(first.state().version() + 1);
    }

    @Test
    void partitionsCoverEveryHashExactlyOnce() {
        List<PartitionRange> ranges = PartitionRange.split(7, 3, List.of("x", "y"));
        long[] probes = {0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE, 0x2492492492492492L, 0x2492492492492493L, 12345};
        for (long hash : probes) {
            assertThat(ranges.stream().filter(r -> r.contains(hash))).as("hash %x", hash).hasSize(1);
        }
        for (int i = 1; i < ranges.size(); i++) {
            assertThat(ranges.get(i).hashLow()).isEqualTo(ranges.get(i - 1).hashHigh() + 1);
        }
    }

    @Test
    void explicitPartitionCountWins() {
        Outcome created = new CreateTable(Tables.table("a"), 5).applyTo(withGroups(3));
        assertThat(created.state().tables().get("a").partitions()).hasSize(5);
    }

    @Test
    void tableErrorsAreDynamoDbErrorsAndChangeNothing() {
        ClusterState state = new CreateTable(Tables.table("a"), 0).applyTo(withGroups(3)).state();

        Outcome duplicate = new CreateTable(Tables.table("a"), 0).applyTo(state);
        assertThat(duplicate.result().errorCode()).isEqualTo("ResourceInUseException");
        assertThat(duplicate.state()).isSameAs(state);
        Outcome updateMissing = new UpdateTable(Tables.table("zz")).applyTo(state);
        assertThat(updateMissing.result().errorCode()).isEqualTo("ResourceNotFoundException");
        Outcome deleteMissing = new DeleteTable("zz").applyTo(state);
        assertThat(deleteMissing.result().errorCode()).isEqualTo("ResourceNotFoundException");
        assertThat(deleteMissing.state()).isSameAs(state);

        Outcome noGroups = new CreateTable(Tables.table("a"), 0).applyTo(ClusterState.EMPTY);
        assertThat(noGroups.result().status()).isEqualTo(CommandResult.Status.REJECTED);
    }

    @Test
    void updateKeepsPartitionsAndDeleteAnswersTheOldDefinition() {
        ClusterState state = new CreateTable(Tables.table("a"), 0).applyTo(withGroups(3)).state();
        var tagged = Tables.table("a").withTags(java.util.Map.of("k", "v"));

        ClusterState updated = new UpdateTable(tagged).applyTo(state).state();
        assertThat(updated.tables().get("a").definition()).isEqualTo(tagged);
        assertThat(updated.tables().get("a").partitions()).isEqualTo(state.tables().get("a").partitions());
        Outcome deleted = new DeleteTable("a").applyTo(updated);
        assertThat(deleted.result().table()).isEqualTo(tagged);
        assertThat(deleted.state().tables()).isEmpty();
        assertThat(deleted.state().nextTableOrdinal()).isEqualTo(1); // ordinals are never reused
    }

    @Test
    void setGroupReplicasIsACompareAndSet() {
        ClusterState state = withGroups(1);
        SetGroupReplicas start = new SetGroupReplicas("id-g1", List.of("n1", "n2", "n3"), List.of(),
                List.of("n1", "n2", "n3"), List.of("n4", "n2", "n3"));
        ClusterState moving = start.applyTo(state).state();
        assertThat(moving.groups().get("id-g1").joining()).containsExactly("n4", "n2", "n3");
        assertThat(moving.groups().get("id-g1").members()).containsExactly("n1", "n2", "n3", "n4");

        Outcome repeated = start.applyTo(moving);
        assertThat(repeated.result().isOk()).isTrue();
        assertThat(repeated.state()).isSameAs(moving);
        Outcome stale = new SetGroupReplicas("id-g1", List.of("n1", "n2", "n3"), List.of(),
                List.of("n1", "n2", "n3"), List.of("n5", "n2", "n3")).applyTo(moving);
        assertThat(stale.result().status()).isEqualTo(CommandResult.Status.REJECTED);
        assertThat(stale.state()).isSameAs(moving);
    }

    @Test
    void registrationClearsTheDeadMarkAndRepeatsAreNoOps() {
        ClusterState registered = new RegisterNode(N1).applyTo(ClusterState.EMPTY).state();
        assertThat(new RegisterNode(N1).applyTo(registered).state()).isSameAs(registered);
        ClusterState dead = new MarkNodeDead("n1").applyTo(registered).state();
        assertThat(dead.nodes().get("n1").dead()).isTrue();
        assertThat(new RegisterNode(N1).applyTo(dead).state().nodes().get("n1").dead()).isFalse();
        assertThat(new MarkNodeDead("nobody").applyTo(dead).result().status()).isEqualTo(CommandResult.Status.REJECTED);
    }

    @Test
    void commandsResultsAndStateRoundTripThroughJson() {
        ClusterState state = new CreateTable(Tables.table("a"), 0).applyTo(withGroups(3)).state();
        state = new RegisterNode(N1).applyTo(state).state();
        assertThat(StateCodec.decodeState(StateCodec.encode(state))).isEqualTo(state);
        List<MembershipCommand> commands = List.of(new RegisterNode(N1), new MarkNodeDead("n1"),
                new CreateGroups(List.of(GroupRecord.of("i", "g1", List.of("n1")))),
                new SetGroupReplicas("i", List.of("a"), List.of(), List.of("a"), List.of("b")),
                new CreateTable(Tables.table("a"), 2), new UpdateTable(Tables.table("a")), new DeleteTable("a"));
        for (MembershipCommand command : commands) {
            assertThat(StateCodec.decodeCommand(StateCodec.encode(command))).isEqualTo(command);
        }
        CommandResult result = CommandResult.ok(Tables.table("a"));
        assertThat(StateCodec.decodeResult(StateCodec.encode(result))).isEqualTo(result);
    }
}
