package io.cairndb.node;

import io.cairndb.membership.MembershipGroup;
import io.cairndb.membership.MembershipStateMachine;
import io.cairndb.replication.DataStateMachine;
import io.cairndb.replication.store.GroupStoreFactory;
import org.apache.ratis.protocol.RaftGroupId;
import org.apache.ratis.statemachine.StateMachine;

/**
 * The state machine of each group this node hosts: the node's one membership state machine for
 * the metadata group (the Membership service reads the same instance), a new data state machine
 * for every other group.
 */
final class GroupStateMachines implements StateMachine.Registry {
    private final MembershipStateMachine metadata;
    private final GroupStoreFactory stores;

    GroupStateMachines(MembershipStateMachine metadata, GroupStoreFactory stores) {
        this.metadata = metadata;
        this.stores = stores;
    }

    @Override
    public StateMachine apply(RaftGroupId groupId) {
        return groupId.equals(MembershipGroup.GROUP_ID) ? metadata : new DataStateMachine(stores);
    }
}
