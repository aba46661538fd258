package io.cairndb.launcher.fault;

import io.cairndb.engine.dataplane.DataPlane;
import io.cairndb.engine.dataplane.Page;
import io.cairndb.engine.dataplane.ReadRequest;
import io.cairndb.engine.dataplane.TableStats;
import io.cairndb.engine.dataplane.WriteOutcome;
import io.cairndb.engine.error.DynamoDbException;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.write.WriteSpec;
import io.cairndb.router.cluster.ClusterClientSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deliberate bugs, off unless a {@code cairn.fault.*} system property switches one on: the
 * cluster tests run once against each to show that they catch it (a test that cannot fail
 * proves nothing). Never set in production; the router logs a warning when one is on.
 *
 * <ul>
 *   <li>{@code cairn.fault.consistentReadAsEventual=true}: GetItem with ConsistentRead=true is
 *       sent as an eventually consistent read, and a router drops read-your-writes, so a strong
 *       read returns whatever the nearest replica holds, as a follower read without ReadIndex
 *       would (the StaleRead test and {@code cairn chaos --unsafe} must catch the stale value).</li>
 *   <li>{@code cairn.fault.duplicateWrites=true}: every write is sent twice, as two requests, as a
 *       router that retries without a request id would (the counter test must see the excess).</li>
 * </ul>
 */
public final class FaultInjection implements DataPlane {
    static final String CONSISTENT_READ_AS_EVENTUAL = "cairn.fault.consistentReadAsEventual";
    static final String DUPLICATE_WRITES = "cairn.fault.duplicateWrites";
    private static final Logger LOG = LoggerFactory.getLogger(FaultInjection.class);

    private final DataPlane delegate;
    private final boolean consistentReadAsEventual;
    private final boolean duplicateWrites;

    private FaultInjection(DataPlane delegate, boolean consistentReadAsEventual, boolean duplicateWrites) {
        this.delegate = delegate;
        this.consistentReadAsEventual = consistentReadAsEventual;
        this.duplicateWrites = duplicateWrites;
    }

    /** A router's cluster settings with the faults that concern them applied. */
    public static ClusterClientSettings routerSettings(ClusterClientSettings settings) {
        return Boolean.getBoolean(CONSISTENT_READ_AS_EVENTUAL) ? settings.withReadYourWrites(false) : settings;
    }

    /** The data plane itself when no fault is switched on. */
    public static DataPlane wrap(DataPlane dataPlane) {
        boolean eventual = Boolean.getBoolean(CONSISTENT_READ_AS_EVENTUAL);
        boolean duplicate = Boolean.getBoolean(DUPLICATE_WRITES);
        if (!eventual && !duplicate) {
            return dataPlane;
        }
        LOG.warn("event=fault_injection_on consistentReadAsEventual={} duplicateWrites={} "
                + "(deliberate bugs for testing the tests: results are wrong)", eventual, duplicate);
        return new FaultInjection(dataPlane, eventual, duplicate);
    }

    @Override
    public Item get(TableDefinition table, Item key, boolean consistentRead) {
        return delegate.get(table, key, consistentRead && !consistentReadAsEventual);
    }

    @Override
    public WriteOutcome write(TableDefinition table, WriteSpec spec) {
        WriteOutcome first = delegate.write(table, spec);
        if (duplicateWrites) {
            try {
                delegate.write(table, spec);
            } catch (DynamoDbException e) {
                // e.g. a condition the first copy made false: the client sees the first outcome
            }
        }
        return first;
    }

    @Override
    public Page read(TableDefinition table, ReadRequest request) {
        return delegate.read(table, request);
    }

    @Override
    public TableStats stats(TableDefinition table) {
        return delegate.stats(table);
    }

    @Override
    public void dropTable(TableDefinition table) {
        delegate.dropTable(table);
    }
}
