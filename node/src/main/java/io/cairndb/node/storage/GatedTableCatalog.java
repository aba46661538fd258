package io.cairndb.node.storage;

import io.cairndb.engine.dataplane.TableCatalog;
import io.cairndb.engine.schema.TableDefinition;
import java.util.List;

/** A catalog whose changes pass a {@link ClosingGate}; lookups are in memory and need none. */
final class GatedTableCatalog implements TableCatalog {
    private final TableCatalog delegate;
    private final ClosingGate gate;

    GatedTableCatalog(TableCatalog delegate, ClosingGate gate) {
        this.delegate = delegate;
        this.gate = gate;
    }

    @Override
    public void create(TableDefinition table) {
        gate.run(() -> delegate.create(table));
    }

    @Override
    public TableDefinition get(String name) {
        return delegate.get(name);
    }

    @Override
    public List<TableDefinition> list() {
        return delegate.list();
    }

    @Override
    public void update(TableDefinition table) {
        gate.run(() -> delegate.update(table));
    }

    @Override
    public boolean delete(String name) {
        return gate.call(() -> delegate.delete(name));
    }
}
