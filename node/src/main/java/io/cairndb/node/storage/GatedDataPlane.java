package io.cairndb.node.storage;

import io.cairndb.engine.dataplane.DataPlane;
import io.cairndb.engine.dataplane.Page;
import io.cairndb.engine.dataplane.ReadRequest;
import io.cairndb.engine.dataplane.TableStats;
import io.cairndb.engine.dataplane.WriteOutcome;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.write.WriteSpec;

/** A data plane whose calls pass a {@link ClosingGate}. */
final class GatedDataPlane implements DataPlane {
    private final DataPlane delegate;
    private final ClosingGate gate;

    GatedDataPlane(DataPlane delegate, ClosingGate gate) {
        this.delegate = delegate;
        this.gate = gate;
    }

    @Override
    public Item get(TableDefinition table, Item key, boolean consistentRead) {
        return gate.call(() -> delegate.get(table, key, consistentRead));
    }

    @Override
    public WriteOutcome write(TableDefinition table, WriteSpec spec) {
        return gate.call(() -> delegate.write(table, spec));
    }

    @Override
    public Page read(TableDefinition table, ReadRequest request) {
        return gate.call(() -> delegate.read(table, request));
    }

    @Override
    public TableStats stats(TableDefinition table) {
        return delegate.stats(table); // in memory: no native call
    }

    @Override
    public void dropTable(TableDefinition table) {
        gate.run(() -> delegate.dropTable(table));
    }
}
