package io.cairndb.router.cluster;

import io.cairndb.engine.dataplane.TableCatalog;
import io.cairndb.engine.error.ResourceInUseException;
import io.cairndb.engine.error.ResourceNotFoundException;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.membership.table.TableDefinitionJson;
import java.util.List;

/**
 * The table catalog the membership service holds. Changes go through its Raft log (CreateTable,
 * UpdateTable, DeleteTable RPCs to its leader); the map in each reply is installed at once, so
 * this router reads its own changes. Reads come from the cached map: no RPC per request.
 */
public final class ClusterCatalog implements TableCatalog {
    private final MembershipClient membership;
    private final MapCache maps;
    private final MapRefresher refresher;

    ClusterCatalog(MembershipClient membership, MapCache maps, MapRefresher refresher) {
        this.membership = membership;
        this.maps = maps;
        this.refresher = refresher;
    }

    @Override
    public void create(TableDefinition table) {
        try {
            membership.createTable(TableDefinitionJson.toJson(table));
        } catch (ResourceInUseException e) {
            // A retried CreateTable whose first attempt did apply finds its own table: success.
            if (!isStored(table)) {
                throw e;
            }
        }
    }

    /**
     * From the cached map; a table missing there is looked up once more in a freshly fetched map
     * (rate-limited), so a table another router has just created is not reported missing.
     */
    @Override
    public TableDefinition get(String name) {
        ClusterMap map = maps.current();
        TableDefinition table = map.table(name);
        if (table == null) {
            refresher.refresh(map.version());
            table = maps.current().table(name);
        }
        return table;
    }

    @Override
    public List<TableDefinition> list() {
        return maps.current().tables();
    }

    @Override
    public void update(TableDefinition table) {
        membership.updateTable(TableDefinitionJson.toJson(table));
    }

    @Override
    public boolean delete(String name) {
        try {
            membership.deleteTable(name);
            return true;
        } catch (ResourceNotFoundException e) {
            return false;
        }
    }

    private boolean isStored(TableDefinition table) {
        refresher.refresh(maps.current().version());
        TableDefinition stored = maps.current().table(table.name());
        return stored != null && stored.tableId().equals(table.tableId());
    }
}
