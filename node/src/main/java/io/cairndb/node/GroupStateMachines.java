package io.cairndb.node;

import io.cairndb.membership.MembershipGroup;
import io.cairndb.membership.MembershipStateMachine;
import io.cairndb.node.storage.RocksGroupStore;
import io.cairndb.replication.DataStateMachine;
import org.apache.ratis.protocol.RaftGroupId;
import org.apache.ratis.statemachine.StateMachine;

/** The state machine of each group this node hosts: membership for the metadata group, data otherwise. */
final class GroupStateMachines implements StateMachine.Registry {
    private final NodeSettings settings;

    GroupStateMachines(NodeSettings settings) {
        this.settings = settings;
    }

    @Override
    public StateMachine apply(RaftGroupId groupId) {
        if (groupId.equals(MembershipGroup.GROUP_ID)) {
            return new MembershipStateMachine(settings.membership());
        }
        return new DataStateMachine(id -> RocksGroupStore.open(settings.layout().groupDir(id)));
    }
}
