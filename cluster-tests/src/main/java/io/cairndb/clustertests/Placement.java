package io.cairndb.clustertests;

import io.cairndb.engine.key.KeyCodec;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.launcher.status.ClusterStatus;
import java.util.NoSuchElementException;

/**
 * Which data group holds an item: the engine's partition hash of the string partition key, looked
 * up in the table's partitions as {@code /cluster/status} reports them (the router does the same
 * with its cluster map).
 */
public final class Placement {
    private Placement() {
    }

    public static ClusterStatus.Group groupOf(ClusterStatus status, String table, String partitionKey) {
        long hash = KeyCodec.partitionHash(AttributeValue.s(partitionKey));
        ClusterStatus.Table described = status.tables().stream().filter(t -> t.name().equals(table)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no table " + table + " in the cluster status"));
        for (ClusterStatus.Partition partition : described.partitions()) {
            if (Long.compareUnsigned(hash, parseUnsigned(partition.hashLow())) >= 0
                    && Long.compareUnsigned(hash, parseUnsigned(partition.hashHigh())) <= 0) {
                return status.group(partition.group()).orElseThrow(() -> new NoSuchElementException(
                        "partition of " + table + " names unknown group " + partition.group()));
            }
        }
        throw new NoSuchElementException("no partition of " + table + " covers hash " + Long.toUnsignedString(hash));
    }

    /** A partition key of {@code table} (prefix + number) that lands in {@code group}. */
    public static String keyInGroup(ClusterStatus status, String table, String group, String prefix) {
        for (int i = 0; i < 100_000; i++) {
            String candidate = prefix + i;
            if (groupOf(status, table, candidate).id().equals(group)) {
                return candidate;
            }
        }
        throw new NoSuchElementException("no key with prefix " + prefix + " lands in group " + group);
    }

    /** Unsigned 64-bit hashes as the status prints them: 16 hexadecimal digits. */
    static long parseUnsigned(String hex) {
        return Long.parseUnsignedLong(hex.strip(), 16);
    }
}
