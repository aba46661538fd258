package io.cairndb.node.storage;

import io.cairndb.engine.dataplane.TableCatalog;
import io.cairndb.engine.error.ResourceInUseException;
import io.cairndb.engine.error.ResourceNotFoundException;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.membership.table.TableDefinitionJson;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteBatch;

/**
 * Table definitions in the {@code catalog} column family (name to JSON), with an in-memory copy
 * so that the lookup every request makes costs no disk read or parsing. Changes are fsynced:
 * they are rare, and a table that was reported created must exist after any crash.
 */
final class RocksTableCatalog implements TableCatalog {
    private final RocksStore store;
    private final ConcurrentSkipListMap<String, TableDefinition> tables = new ConcurrentSkipListMap<>();

    RocksTableCatalog(RocksStore store) {
        this.store = store;
        try (RocksIterator it = store.db().newIterator(store.catalog())) {
            for (it.seekToFirst(); it.isValid(); it.next()) {
                TableDefinition table = fromJson(it.value());
                tables.put(table.name(), table);
            }
        }
    }

    @Override
    public synchronized void create(TableDefinition table) {
        if (tables.containsKey(table.name())) {
            throw new ResourceInUseException("Table already exists: " + table.name());
        }
        persist(table);
    }

    @Override
    public TableDefinition get(String name) {
        return tables.get(name);
    }

    @Override
    public List<TableDefinition> list() {
        return List.copyOf(tables.values());
    }

    @Override
    public synchronized void update(TableDefinition table) {
        if (!tables.containsKey(table.name())) {
            throw ResourceNotFoundException.table(table.name());
        }
        persist(table);
    }

    @Override
    public synchronized boolean delete(String name) {
        if (!tables.containsKey(name)) {
            return false;
        }
        try (WriteBatch batch = new WriteBatch()) {
            batch.delete(store.catalog(), key(name));
            store.writeSynced(batch);
        } catch (RocksDBException e) {
            throw RocksStore.failure(e);
        }
        tables.remove(name);
        return true;
    }

    private void persist(TableDefinition table) {
        try (WriteBatch batch = new WriteBatch()) {
            batch.put(store.catalog(), key(table.name()), toJson(table));
            store.writeSynced(batch);
        } catch (RocksDBException e) {
            throw RocksStore.failure(e);
        }
        tables.put(table.name(), table);
    }

    private static byte[] key(String name) {
        return name.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] toJson(TableDefinition table) {
        return TableDefinitionJson.toJson(table);
    }

    static TableDefinition fromJson(byte[] json) {
        try {
            return TableDefinitionJson.fromJson(json);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("corrupt table definition in the catalog", e.getCause());
        }
    }
}
