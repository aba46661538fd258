package io.cairndb.router.cluster;

import io.cairndb.engine.dataplane.ReadRequest;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.key.HashRange;
import io.cairndb.engine.key.KeyCodec;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.KeySchema;
import java.util.List;

/**
 * The slices a Query or Scan page reads, in read order.
 *
 * <ul>
 *   <li>Query: the one partition holding its partition key (all of a key's items live together).</li>
 *   <li>Scan: the partitions overlapping the parallel-scan segment's hash range, in hash order,
 *       each cut to the segment; with an ExclusiveStartKey, from the partition of the key's hash
 *       (which must lie in the segment, as on one node).</li>
 * </ul>
 */
final class ReadPlan {
    static final String TYPE_MISMATCH =
            "One or more parameter values were invalid: Condition parameter type does not match schema type";
    static final String OUTSIDE_SEGMENT =
            "The provided Exclusive start key does not map to the provided Segment and TotalSegments values.";

    private ReadPlan() {
    }

    static List<Partition> slices(PartitionTable partitions, KeySchema schema, ReadRequest request) {
        if (request.isQuery()) {
            AttributeValue partitionKey = request.keyCondition().partitionKey();
            if (partitionKey.type() != schema.partitionKey().type()) {
                // Checked here because a value of another type cannot be hashed to a partition;
                // storage reports the same error for the same reason.
                throw new ValidationException(TYPE_MISMATCH);
            }
            long hash = KeyCodec.partitionHash(partitionKey);
            return List.of(partitions.partitionOf(hash));
        }
        HashRange segment = HashRange.segment(request.segment(), Math.max(1, request.totalSegments()));
        Item startKey = request.exclusiveStartKey();
        if (startKey == null) {
            return partitions.slices(segment, null);
        }
        long startHash;
        try {
            startHash = KeyHashes.hashOf(schema, startKey);
        } catch (ValidationException e) {
            throw new ValidationException("The provided starting key is invalid: " + e.getMessage());
        }
        if (!segment.contains(startHash)) {
            throw new ValidationException(OUTSIDE_SEGMENT);
        }
        return partitions.slices(segment, startHash);
    }
}
