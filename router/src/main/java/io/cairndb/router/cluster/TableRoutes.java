package io.cairndb.router.cluster;

import io.cairndb.engine.error.ResourceNotFoundException;
import io.cairndb.engine.schema.TableDefinition;
import java.util.function.Function;

/**
 * Finds a table's partitions in the map. A table another router just created may be missing
 * from this router's map: one refresh before answering ResourceNotFoundException. A table
 * re-created under the same name has a new table id and does not match an old definition.
 */
final class TableRoutes {
    private final MapCache maps;
    private final MapRefresher refresher;

    TableRoutes(MapCache maps, MapRefresher refresher) {
        this.maps = maps;
        this.refresher = refresher;
    }

    TableRoute require(TableDefinition table) {
        ClusterMap map = maps.current();
        TableRoute route = find(map, table);
        if (route == null) {
            refresher.refresh(map.version());
            route = find(maps.current(), table);
        }
        if (route == null) {
            throw ResourceNotFoundException.table(table.name());
        }
        return route;
    }

    /** The group holding {@code hash} of {@code table}, looked up in whichever map an attempt uses. */
    static Function<ClusterMap, String> groupOfHash(TableDefinition table, long hash) {
        return map -> {
            TableRoute route = find(map, table);
            if (route == null) {
                throw ResourceNotFoundException.table(table.name());
            }
            return route.partitions().partitionOf(hash).groupId();
        };
    }

    private static TableRoute find(ClusterMap map, TableDefinition table) {
        TableRoute route = map.route(table.name());
        return route != null && route.definition().tableId().equals(table.tableId()) ? route : null;
    }
}
