/**
 * Data groups: the Ratis state machine that replicates a group's items, its snapshots and read
 * paths, and the DataPlane gRPC service in front of it.
 *
 * <p>Wiring on a node (one Raft server for all its groups):
 * <pre>{@code
 * RaftProperties properties = CairnRaftProperties.server()
 *         .storageDir(dataDir.resolve("groups"))   // Ratis keeps <dir>/<group uuid>/; the store is in its "store" subdirectory
 *         .host(host).raftPort(raftPort)
 *         .build();
 * GroupStoreFactory stores = new RocksGroupStoreFactory();   // io.cairndb.node.storage
 * RaftServer server = RaftServer.newBuilder()
 *         .setServerId(RaftPeerId.valueOf(nodeId))             // node id = Raft peer id
 *         .setProperties(properties)
 *         .setStateMachineRegistry(groupId -> isMembership(groupId)
 *                 ? membershipStateMachine : new DataStateMachine(stores))
 *         .build();
 * grpcServerBuilder.addService(new DataPlaneService(server, nodeId -> grpcAddressOf(nodeId)));
 * }</pre>
 *
 * <p>Contracts: a write is a {@code DataLogEntry} holding the DataPlane {@code WriteRequest}
 * (replication.proto); the state machine answers with the encoded {@code WriteReply}, stored
 * under the request id so a retry gets the first reply. Reads are {@code DataQuery} messages
 * answered with the DataPlane replies. Group ids on the wire are the RaftGroupId's UUID text.
 */
package io.cairndb.replication;
