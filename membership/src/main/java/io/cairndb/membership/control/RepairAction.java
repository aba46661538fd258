package io.cairndb.membership.control;

import io.cairndb.membership.state.GroupRecord;
import java.util.List;

/** One step of moving replicas off dead nodes. Each is safe to repeat. */
public sealed interface RepairAction {

    /** The node has been silent longer than repairAfter: commit its DEAD mark. */
    record MarkDead(String nodeId) implements RepairAction {
    }

    /**
     * Commit {@code joining} as the group's target replica set (from the group's current sets):
     * the newcomers are then told to host the group with those peers.
     */
    record Move(GroupRecord group, List<String> joining) implements RepairAction {
        public Move {
            joining = List.copyOf(joining);
        }
    }

    /** Every newcomer hosts the group: change its Raft configuration to the target, then commit it. */
    record Reconfigure(GroupRecord group) implements RepairAction {
    }
}
