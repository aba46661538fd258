package io.cairndb.node.storage;

import io.cairndb.engine.dataplane.ReadRequest;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.expr.KeyCondition;
import io.cairndb.engine.expr.SortKeyCondition;
import io.cairndb.engine.key.HashRange;
import io.cairndb.engine.key.KeyCodec;
import io.cairndb.engine.model.AttributeType;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import java.util.Arrays;

/** Turns a Query's key condition or a Scan segment, and the ExclusiveStartKey, into a key range. */
final class KeyRanges {
    static final String TYPE_MISMATCH =
            "One or more parameter values were invalid: Condition parameter type does not match schema type";
    static final String OUTSIDE_QUERY = "The provided starting key is outside query boundaries based on provided conditions";
    static final String OUTSIDE_SEGMENT =
            "The provided Exclusive start key does not map to the provided Segment and TotalSegments values.";

    private KeyRanges() {
    }

    /**
     * The keys of one partition key, restricted by the sort-key condition. The sort key is the
     * last part of the storage key, so each comparison becomes a bound on the key bytes:
     * {@code > v} starts just after {@code prefix+v} (at {@code prefix+v+0x00}), {@code <= v}
     * ends there, and {@code begins_with(v)} is every key starting with {@code prefix+v}.
     */
    static KeyRange query(KeyCodec codec, long tableNumber, ReadRequest request) {
        KeyCondition condition = request.keyCondition();
        if (condition.partitionKey().type() != codec.schema().partitionKey().type()) {
            throw new ValidationException(TYPE_MISMATCH);
        }
        if (condition.sortKey() != null && !codec.schema().hasSortKey()) {
            throw new ValidationException("Query condition missed key schema element");
        }
        byte[] prefix = codec.partitionPrefix(tableNumber, condition.partitionKey());
        byte[] lower = prefix;
        byte[] upper = KeyCodec.successor(prefix);
        SortKeyCondition sort = condition.sortKey();
        if (sort != null) {
            byte[] at = sortKeyBound(codec, prefix, sort.value());
            switch (sort.operator()) {
                case EQ -> {
                    lower = at;
                    upper = KeyCodec.justAfter(at);
                }
                case LT -> upper = at;
                case LE -> upper = KeyCodec.justAfter(at);
                case GT -> lower = KeyCodec.justAfter(at);
                case GE -> lower = at;
                case BETWEEN -> {
                    lower = at;
                    upper = KeyCodec.justAfter(sortKeyBound(codec, prefix, sort.upper()));
                }
                case BEGINS_WITH -> {
                    if (sort.value().type() == AttributeType.N) {
                        throw new ValidationException("Invalid KeyConditionExpression: Incorrect operand type for "
                                + "operator or function; operator or function: begins_with, operand type: N");
                    }
                    lower = at;
                    byte[] end = KeyCodec.successor(at);
                    upper = end != null ? end : upper;
                }
            }
        }
        KeyRange range = new KeyRange(lower, upper, request.forward());
        return resume(codec, tableNumber, range, request.exclusiveStartKey(), OUTSIDE_QUERY);
    }

    /**
     * One parallel-scan segment ({@link HashRange#segment}) restricted to the request's hash range
     * (a partition's share): the storage keys whose hash lies in both. The ExclusiveStartKey must
     * map to the segment, as DynamoDB requires; within it, it may lie before or after this
     * partition's share, which is then read whole or not at all.
     */
    static KeyRange scan(KeyCodec codec, long tableNumber, ReadRequest request) {
        HashRange segment = HashRange.segment(request.segment(), Math.max(1, request.totalSegments()));
        KeyRange segmentKeys = keys(tableNumber, segment);
        byte[] start = startKey(codec, tableNumber, segmentKeys, request.exclusiveStartKey(), OUTSIDE_SEGMENT);
        KeyRange range = segment.intersect(request.hashRange())
                .map(shared -> keys(tableNumber, shared))
                .orElse(null);
        if (range == null) {
            return new KeyRange(segmentKeys.lower(), segmentKeys.lower(), true); // empty
        }
        if (start == null || Arrays.compareUnsigned(start, range.lower()) < 0) {
            return range;
        }
        return range.contains(start) ? range.resumeAfter(start) : new KeyRange(range.upper(), range.upper(), true);
    }

    /** The storage keys of one table whose partition hash lies in {@code hashes}. */
    private static KeyRange keys(long tableNumber, HashRange hashes) {
        byte[] lower = KeyCodec.hashBound(tableNumber, hashes.low());
        byte[] upper = hashes.reachesEnd()
                ? KeyCodec.successor(KeyCodec.tablePrefix(tableNumber))
                : KeyCodec.hashBound(tableNumber, hashes.high() + 1);
        return new KeyRange(lower, upper, true);
    }

    /**
     * The range after {@code exclusiveStartKey}, which must lie in the range itself (DynamoDB
     * rejects a start key that the key condition or the segment excludes).
     */
    private static KeyRange resume(KeyCodec codec, long tableNumber, KeyRange range, Item exclusiveStartKey,
                                   String outsideMessage) {
        byte[] start = startKey(codec, tableNumber, range, exclusiveStartKey, outsideMessage);
        return start == null ? range : range.resumeAfter(start);
    }

    /** The storage key of {@code exclusiveStartKey} (null when absent), checked to lie in {@code range}. */
    private static byte[] startKey(KeyCodec codec, long tableNumber, KeyRange range, Item exclusiveStartKey,
                                   String outsideMessage) {
        if (exclusiveStartKey == null) {
            return null;
        }
        byte[] start;
        try {
            start = codec.itemKey(tableNumber, exclusiveStartKey);
        } catch (ValidationException e) {
            throw new ValidationException("The provided starting key is invalid: " + e.getMessage());
        }
        if (!range.contains(start)) {
            throw new ValidationException(outsideMessage);
        }
        return start;
    }

    private static byte[] sortKeyBound(KeyCodec codec, byte[] prefix, AttributeValue value) {
        if (value.type() != codec.schema().sortKey().type()) {
            throw new ValidationException(TYPE_MISMATCH);
        }
        return KeyCodec.concat(prefix, KeyCodec.encodeValue(value));
    }
}
