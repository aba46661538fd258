package io.cairndb.router.cluster;

import com.google.protobuf.ByteString;
import io.cairndb.engine.key.HashRange;
import io.cairndb.engine.model.AttributeType;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.BillingMode;
import io.cairndb.engine.schema.KeyElement;
import io.cairndb.engine.schema.KeySchema;
import io.cairndb.engine.schema.ProvisionedThroughput;
import io.cairndb.engine.schema.TableClass;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.schema.TableStatus;
import io.cairndb.membership.table.TableDefinitionJson;
import io.cairndb.proto.GroupInfo;
import io.cairndb.proto.NodeInfo;
import io.cairndb.proto.NodeState;
import io.cairndb.proto.PartitionInfo;
import io.cairndb.proto.ReplicaStatus;
import io.cairndb.proto.TableInfo;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Tables, items and cluster maps for the cluster tests. */
final class ClusterFixtures {
    private static final BigInteger HASH_SPACE = BigInteger.ONE.shiftLeft(64);

    private ClusterFixtures() {
    }

    /** A table keyed by {@code pk} (S) and {@code sk} (N). */
    static TableDefinition table(String name) {
        KeySchema schema = KeySchema.hashAndRange(new KeyElement("pk", AttributeType.S),
                new KeyElement("sk", AttributeType.N));
        return new TableDefinition(name, UUID.randomUUID().toString(),
                "arn:aws:dynamodb:us-east-1:000000000000:table/" + name, schema,
                Map.of("pk", AttributeType.S, "sk", AttributeType.N), BillingMode.PAY_PER_REQUEST,
                ProvisionedThroughput.ON_DEMAND, TableClass.STANDARD, TableStatus.ACTIVE, 1_700_000_000_000L, false,
                Map.of(), 1_700_000_000_000L);
    }

    /** An item {pk, sk, ...name/value pairs}. */
    static Item item(String pk, long sk, Object... extra) {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        attributes.put("pk", AttributeValue.s(pk));
        attributes.put("sk", AttributeValue.n(sk));
        for (int i = 0; i < extra.length; i += 2) {
            attributes.put((String) extra[i], (AttributeValue) extra[i + 1]);
        }
        return new Item(attributes);
    }

    /** {@code n} equal hash ranges, as membership assigns partitions. */
    static List<HashRange> split(int n) {
        return HashRange.split(n);
    }

    static long unsigned(String decimal) {
        return new BigInteger(decimal).mod(HASH_SPACE).longValue();
    }

    static NodeInfo node(String id, String az, String grpcAddress, NodeState state) {
        return NodeInfo.newBuilder().setNodeId(id).setRegion("local").setAz(az).setGrpcAddress(grpcAddress)
                .setRaftAddress("127.0.0.1:1").setState(state).setPid(1000 + id.hashCode() % 100).build();
    }

    static GroupInfo group(String id, String name, String leader, String... replicas) {
        GroupInfo.Builder group = GroupInfo.newBuilder().setGroupId(id).setName(name).setLeaderId(leader)
                .setLeaderTerm(1);
        for (String replica : replicas) {
            group.addReplicas(replica);
            group.addStatus(ReplicaStatus.newBuilder().setNodeId(replica)
                    .setRole(replica.equals(leader) ? "LEADER" : "FOLLOWER").setAppliedIndex(10)
                    .setLag(replica.equals(leader) ? 0 : 1));
        }
        return group.build();
    }

    /** The table's partitions: {@code groupIds.size()} equal ranges, partition i on group i. */
    static TableInfo tableInfo(TableDefinition table, List<String> groupIds) {
        TableInfo.Builder info = TableInfo.newBuilder()
                .setDefinitionJson(ByteString.copyFrom(TableDefinitionJson.toJson(table)));
        List<HashRange> ranges = split(groupIds.size());
        for (int i = 0; i < ranges.size(); i++) {
            info.addPartitions(PartitionInfo.newBuilder().setHashLow(ranges.get(i).low())
                    .setHashHigh(ranges.get(i).high()).setGroupId(groupIds.get(i)));
        }
        return info.build();
    }
}
