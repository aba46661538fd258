package io.cairndb.router.ops.item;

import io.cairndb.engine.dataplane.TableCatalog;
import io.cairndb.engine.error.ResourceNotFoundException;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.schema.TableStatus;
import io.cairndb.engine.validate.ConstraintViolations;
import io.cairndb.engine.validate.TableNames;

/** Finds the table an item request names, with DynamoDB's errors for bad or unknown names. */
final class TableResolver {
    private final TableCatalog catalog;

    TableResolver(TableCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The table, checked to be readable and writable. Table-name errors are added to
     * {@code violations} so that they are reported with the request's other constraint errors.
     */
    TableDefinition require(String name, ConstraintViolations violations) {
        TableNames.addViolations(violations, name, "tableName");
        violations.throwIfAny();
        return lookup(name);
    }

    /** The table named inside a batch request, whose names were checked separately. */
    TableDefinition lookup(String name) {
        TableDefinition table = catalog.get(name);
        if (table == null || !isServing(table.status())) {
            // DynamoDB gives item requests this short form (DescribeTable names the table).
            throw new ResourceNotFoundException("Requested resource not found");
        }
        return table;
    }

    /** Secondary indexes do not exist yet, so any IndexName names a missing index. */
    static void requireNoIndex(String indexName) {
        if (indexName != null) {
            throw new ValidationException("The table does not have the specified index: " + indexName);
        }
    }

    private static boolean isServing(TableStatus status) {
        return status == TableStatus.ACTIVE || status == TableStatus.UPDATING;
    }
}
