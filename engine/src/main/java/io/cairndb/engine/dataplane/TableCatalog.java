package io.cairndb.engine.dataplane;

import io.cairndb.engine.schema.TableDefinition;
import java.util.List;

/**
 * The durable list of tables. On one node it is local; in the cluster the membership service
 * holds it. Implementations are thread-safe.
 */
public interface TableCatalog {

    /** Adds a table; throws {@link io.cairndb.engine.error.ResourceInUseException} if the name exists. */
    void create(TableDefinition table);

    /** The table, or null. */
    TableDefinition get(String name);

    /** All tables, ordered by name. */
    List<TableDefinition> list();

    /** Replaces the definition of an existing table. */
    void update(TableDefinition table);

    /** Removes a table; returns false when it did not exist. */
    boolean delete(String name);
}
