package io.cairndb.membership.leader;

import io.cairndb.membership.state.CommandResult;
import io.cairndb.membership.state.MembershipCommand;
import java.util.concurrent.CompletableFuture;

/** Appends a command to the metadata log; completes with its result once applied on this leader. */
public interface CommandLog {
    CompletableFuture<CommandResult> submit(MembershipCommand command);
}
