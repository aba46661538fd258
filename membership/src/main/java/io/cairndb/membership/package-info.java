/**
 * The cluster's metadata service: the metadata Raft group, its state machine, the Membership
 * gRPC service and the leader's controllers.
 *
 * <h2>Replicated state and log format</h2>
 * {@link io.cairndb.membership.state.ClusterState} holds the nodes (identity, AZ, addresses, DEAD
 * mark), the data groups (replicas and, during a repair, the {@code joining} target set), the
 * tables (definition, ordinal, partitions) and the next table ordinal. It changes only by
 * {@link io.cairndb.membership.state.MembershipCommand}s, which travel in the Ratis log as JSON
 * with a {@code "type"} tag ({@link io.cairndb.membership.state.StateCodec}); the reply is a JSON
 * {@link io.cairndb.membership.state.CommandResult}. JSON was chosen over protobuf because the
 * state embeds {@code TableDefinition}, whose one encoding is
 * {@link io.cairndb.membership.table.TableDefinitionJson}, and the log stays readable.
 * Snapshots write the whole state as one JSON file ({@code snapshot.<term>_<index>} + MD5) in the
 * state machine storage; Ratis must have snapshot auto-trigger on (it also snapshots at stop only then).
 *
 * <h2>Soft state and the map</h2>
 * The leader keeps heartbeats (time, PID, group status) in memory, per leadership term
 * ({@link io.cairndb.membership.leader.LeaderSession}); a new leader gives every node a fresh
 * grace period. A node is SUSPECT after {@code suspectAfter} of silence and DEAD after
 * {@code repairAfter} (then the DEAD mark is committed and repair starts). The cluster map is the
 * replicated state plus that soft state; its version is {@code term << 32 | changes}, growing
 * with every replicated or observed change (leaders, roles, node states, PIDs; not progress such
 * as lag or heartbeat times) and jumping above the old term's versions on a leader change.
 *
 * <h2>Heartbeats</h2>
 * Nodes report every group they host with its role as Ratis names it ({@code LEADER},
 * {@code FOLLOWER}, ...). The reply lists the data groups the node must host with the peers to
 * start each with (the target set when the node is joining it), and the groups it reports but
 * must delete (only groups this map knows and the node is no member of).
 */
package io.cairndb.membership;
