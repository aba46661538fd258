package io.cairndb.replication.raft;

import org.apache.ratis.statemachine.impl.BaseStateMachine;
import org.apache.ratis.util.LifeCycle;

/**
 * A state machine whose {@link #pause()} really pauses. Ratis asserts the state machine is
 * {@code PAUSED} before it installs a snapshot, but {@link BaseStateMachine#pause()} does nothing;
 * every CairnDB state machine extends this class so that a snapshot install can proceed.
 */
public abstract class PausableStateMachine extends BaseStateMachine {

    /** RUNNING → PAUSING → PAUSED; a no-op in any other state. */
    @Override
    public void pause() {
        LifeCycle lifeCycle = getLifeCycle();
        if (lifeCycle.getCurrentState() == LifeCycle.State.RUNNING) {
            lifeCycle.transition(LifeCycle.State.PAUSING);
            lifeCycle.transition(LifeCycle.State.PAUSED);
        }
    }
}
