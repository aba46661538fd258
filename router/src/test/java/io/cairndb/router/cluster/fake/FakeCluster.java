package io.cairndb.router.cluster.fake;

import com.google.protobuf.ByteString;
import io.cairndb.engine.key.HashRange;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.membership.table.TableDefinitionJson;
import io.cairndb.proto.ClusterMap;
import io.cairndb.proto.ClusterMapReply;
import io.cairndb.proto.Failure;
import io.cairndb.proto.GroupInfo;
import io.cairndb.proto.NodeInfo;
import io.cairndb.proto.NodeState;
import io.cairndb.proto.PartitionInfo;
import io.cairndb.proto.ReplicaStatus;
import io.cairndb.proto.TableInfo;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A cluster of real gRPC servers on 127.0.0.1 that speak the DataPlane and Membership contracts
 * over real single-node storage, without Raft: each group has one RocksDB store its replicas
 * share, a leader that can be moved (with or without telling the map), and nodes that can be made
 * to fail. It tests the router's side of the contracts: routing, redirects, retries, map watch.
 *
 * <p>Node {@code n<i>} is in AZ {@code az<i>}; group {@code g<j>} has every node as a replica
 * (up to three) and starts led by {@code n<j>}; the membership group is led by {@code n1}.
 */
public final class FakeCluster implements AutoCloseable {
    final Map<String, FakeNode> nodes = new LinkedHashMap<>();
    final List<FakeGroup> groups = new ArrayList<>();
    final CallLog log = new CallLog();
    /** Per node: how many more calls to answer UNAVAILABLE (-1: all of them). */
    final Map<String, AtomicInteger> unavailable = new ConcurrentHashMap<>();
    /** Writes to apply and then answer UNAVAILABLE, as if the reply were lost. */
    final AtomicInteger lostWriteReplies = new AtomicInteger();
    volatile boolean redirectWithAddress = true;
    /** Nodes whose replicas have applied nothing yet: they answer BEHIND to reads needing any index. */
    final Set<String> lagging = ConcurrentHashMap.newKeySet();
    /** GetClusterMap calls the membership leader served. */
    final AtomicInteger mapFetches = new AtomicInteger();
    private volatile boolean holdWatchUpdates;

    private final Map<String, String> mapLeaders = new ConcurrentHashMap<>();
    private final TreeMap<String, TableInfo> tables = new TreeMap<>();
    private final List<StreamObserver<ClusterMapReply>> watchers = new ArrayList<>();
    private String membershipLeader = "n1";
    private long version = 1;
    private int tablesCreated;

    private FakeCluster() {
    }

    public static FakeCluster start(Path dataDir, int nodeCount, int groupCount) {
        FakeCluster cluster = new FakeCluster();
        try {
            for (int i = 1; i <= nodeCount; i++) {
                String id = "n" + i;
                cluster.nodes.put(id, FakeNode.start(cluster, id, "az" + i));
            }
            List<String> ids = new ArrayList<>(cluster.nodes.keySet());
            for (int j = 1; j <= groupCount; j++) {
                List<String> replicas = new ArrayList<>();
                for (int r = 0; r < Math.min(3, nodeCount); r++) {
                    replicas.add(ids.get((j - 1 + r) % nodeCount));
                }
                FakeGroup group = new FakeGroup("group-" + j, "g" + j, replicas, dataDir.resolve("g" + j));
                cluster.groups.add(group);
                cluster.mapLeaders.put(group.id, group.leader);
            }
            return cluster;
        } catch (IOException e) {
            cluster.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /**
     * The {@code --seeds} value naming every node, last node first: a client's first contact is a
     * follower of the membership group, so it must follow a redirect (raft ports unused here).
     */
    public String seeds() {
        List<FakeNode> reversed = new ArrayList<>(nodes.values());
        java.util.Collections.reverse(reversed);
        return reversed.stream().map(n -> n.id + "=127.0.0.1:1:" + n.port).collect(Collectors.joining(","));
    }

    public FakeNode node(String id) {
        return nodes.get(id);
    }

    public FakeGroup group(String name) {
        return groups.stream().filter(g -> g.name.equals(name)).findFirst().orElseThrow();
    }

    public List<FakeGroup> groups() {
        return groups;
    }

    public CallLog log() {
        return log;
    }

    /** Makes {@code node} answer its next {@code calls} calls (-1: every call) with UNAVAILABLE. */
    public void makeUnavailable(String node, int calls) {
        unavailable.put(node, new AtomicInteger(calls));
    }

    public void makeAvailable(String node) {
        unavailable.remove(node);
    }

    /** The next {@code count} writes apply, then answer UNAVAILABLE as if their reply were lost. */
    public void loseWriteReplies(int count) {
        lostWriteReplies.set(count);
    }

    /** Whether {@code node}'s replicas lag (have applied no write yet) or have caught up. */
    public void lag(String node, boolean behind) {
        if (behind) {
            lagging.add(node);
        } else {
            lagging.remove(node);
        }
    }

    /** Whether NOT_LEADER answers name the leader's address (else the router must refresh its map). */
    public void redirectWithAddress(boolean named) {
        redirectWithAddress = named;
    }

    /** Moves a group's leadership; the map learns it only when {@code publish} is set. */
    public synchronized void moveLeader(String groupName, String nodeId, boolean publish) {
        FakeGroup group = group(groupName);
        group.leader = nodeId;
        if (publish) {
            mapLeaders.put(group.id, nodeId);
            publish();
        }
    }

    /** The membership leader moves: watchers get an error and must reconnect to {@code newLeader}. */
    public synchronized void moveMembershipLeader(String newLeader) {
        membershipLeader = newLeader;
        for (StreamObserver<ClusterMapReply> watcher : watchers) {
            try {
                watcher.onError(Status.UNAVAILABLE.withDescription("stopped leading").asRuntimeException());
            } catch (RuntimeException ignored) {
                // the watcher went away already
            }
        }
        watchers.clear();
        publish();
    }

    /** While held, watchers get no new versions (a slow watch): only fetches see changes. */
    public void holdWatchUpdates(boolean hold) {
        holdWatchUpdates = hold;
    }

    public int mapFetches() {
        return mapFetches.get();
    }

    public synchronized long version() {
        return version;
    }

    synchronized String membershipLeader() {
        return membershipLeader;
    }

    synchronized ClusterMap map() {
        ClusterMap.Builder map = ClusterMap.newBuilder().setVersion(version).setMembershipLeaderId(membershipLeader);
        for (FakeNode node : nodes.values()) {
            map.addNodes(NodeInfo.newBuilder().setNodeId(node.id).setRegion("local").setAz(node.az)
                    .setRaftAddress("127.0.0.1:1").setGrpcAddress(node.address()).setState(NodeState.ALIVE)
                    .setPid(ProcessHandle.current().pid()).setLastHeartbeatMillis(System.currentTimeMillis()));
            map.addMembershipVoters(node.id);
        }
        for (FakeGroup group : groups) {
            String leader = mapLeaders.get(group.id);
            GroupInfo.Builder info = GroupInfo.newBuilder().setGroupId(group.id).setName(group.name)
                    .addAllReplicas(group.replicas).setLeaderId(leader).setLeaderTerm(1);
            for (String replica : group.replicas) {
                info.addStatus(ReplicaStatus.newBuilder().setNodeId(replica)
                        .setRole(replica.equals(leader) ? "LEADER" : "FOLLOWER").setAppliedIndex(version));
            }
            map.addGroups(info);
        }
        map.addAllTables(tables.values());
        return map.build();
    }

    /** CreateTable as membership does it: partitions = groups, partition i on group (i + ordinal) mod G. */
    synchronized ClusterMapReply createTable(TableDefinition table) {
        if (tables.containsKey(table.name())) {
            return failure("ResourceInUseException", "Table already exists: " + table.name());
        }
        TableInfo.Builder info = TableInfo.newBuilder()
                .setDefinitionJson(ByteString.copyFrom(TableDefinitionJson.toJson(table)));
        List<HashRange> ranges = HashRange.split(groups.size());
        for (int i = 0; i < ranges.size(); i++) {
            info.addPartitions(PartitionInfo.newBuilder().setHashLow(ranges.get(i).low())
                    .setHashHigh(ranges.get(i).high())
                    .setGroupId(groups.get((i + tablesCreated) % groups.size()).id));
        }
        tablesCreated++;
        tables.put(table.name(), info.build());
        publish();
        return ClusterMapReply.newBuilder().setMap(map()).build();
    }

    synchronized ClusterMapReply updateTable(TableDefinition table) {
        TableInfo existing = tables.get(table.name());
        if (existing == null) {
            return failure("ResourceNotFoundException", "Requested resource not found: Table: " + table.name()
                    + " not found");
        }
        tables.put(table.name(), existing.toBuilder()
                .setDefinitionJson(ByteString.copyFrom(TableDefinitionJson.toJson(table))).build());
        publish();
        return ClusterMapReply.newBuilder().setMap(map()).build();
    }

    synchronized ClusterMapReply deleteTable(String name) {
        TableInfo removed = tables.remove(name);
        if (removed == null) {
            return failure("ResourceNotFoundException", "Requested resource not found: Table: " + name + " not found");
        }
        publish();
        return ClusterMapReply.newBuilder().setMap(map()).build();
    }

    synchronized void watch(long knownVersion, StreamObserver<ClusterMapReply> observer) {
        if (version > knownVersion) {
            observer.onNext(ClusterMapReply.newBuilder().setMap(map()).build());
        }
        watchers.add(observer);
    }

    synchronized void unwatch(StreamObserver<ClusterMapReply> observer) {
        watchers.remove(observer);
    }

    private void publish() {
        version++;
        if (holdWatchUpdates) {
            return;
        }
        ClusterMapReply reply = ClusterMapReply.newBuilder().setMap(map()).build();
        for (StreamObserver<ClusterMapReply> watcher : List.copyOf(watchers)) {
            try {
                watcher.onNext(reply);
            } catch (RuntimeException e) {
                watchers.remove(watcher);
            }
        }
    }

    private static ClusterMapReply failure(String code, String message) {
        return ClusterMapReply.newBuilder().setFailure(Failure.newBuilder().setKind(Failure.Kind.DYNAMODB)
                .setErrorCode(code).setMessage(message)).build();
    }

    @Override
    public void close() {
        synchronized (this) {
            for (StreamObserver<ClusterMapReply> watcher : watchers) {
                try {
                    watcher.onCompleted();
                } catch (RuntimeException ignored) {
                    // cancelled by the client already
                }
            }
            watchers.clear();
        }
        for (FakeNode node : nodes.values()) {
            node.close();
        }
        for (FakeGroup group : groups) {
            group.close();
        }
    }
}
