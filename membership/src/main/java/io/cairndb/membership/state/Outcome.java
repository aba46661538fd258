package io.cairndb.membership.state;

/** A command's effect: the state after it and the answer for the submitter. */
public record Outcome(ClusterState state, CommandResult result) {

    static Outcome unchanged(ClusterState state, CommandResult result) {
        return new Outcome(state, result);
    }
}
