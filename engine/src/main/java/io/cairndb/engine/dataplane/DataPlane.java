package io.cairndb.engine.dataplane;

import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.write.WriteSpec;

/**
 * The item operations a router sends to storage. On one node this is a local call; when
 * partitions are replicated, it is a call to the replica that must serve the request. The
 * router has validated and compiled everything (writes travel as their {@link WriteSpec} source); implementations apply, store and read.
 */
public interface DataPlane {

    /** The item with {@code key}, or null. */
    Item get(TableDefinition table, Item key, boolean consistentRead);

    /**
     * Applies one write atomically (read, check, write). The caller has compiled {@code spec}
     * ({@link WriteSpec#command()}) to validate it; replicas compile it again, identically.
     */
    WriteOutcome write(TableDefinition table, WriteSpec spec);

    /**
     * One page of a Query or Scan: evaluates at most {@code limit} items and stops after 1 MB
     * read (counted before the filter), setting {@link Page#lastEvaluatedKey()}.
     */
    Page read(TableDefinition table, ReadRequest request);

    /** Approximate item count and total item size, for DescribeTable. */
    TableStats stats(TableDefinition table);

    /** Drops all items of a deleted table. */
    void dropTable(TableDefinition table);
}
