package io.cairndb.router.ops.table;

import io.cairndb.engine.error.ResourceNotFoundException;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.validate.ConstraintViolations;
import io.cairndb.engine.validate.TableNames;
import io.cairndb.router.ops.ServiceContext;

/** Looks up the table a request names by {@code TableName} (a name, or since 2024 an ARN). */
final class Tables {
    private static final int MAX_ARN_LENGTH = 1024;

    private Tables() {
    }

    /** Validates {@code TableName} and returns the existing table; otherwise DynamoDB's errors. */
    static TableDefinition existing(ServiceContext context, String tableName) {
        String name = validName(context, tableName);
        TableDefinition table = name == null ? null : context.catalog().get(name);
        if (table == null) {
            throw ResourceNotFoundException.table(tableName);
        }
        return table;
    }

    /** The plain table name; null for an ARN of another region or account. */
    static String validName(ServiceContext context, String tableName) {
        if (tableName != null && tableName.startsWith("arn:")) {
            new ConstraintViolations().length(tableName, "tableName", 1, MAX_ARN_LENGTH).throwIfAny();
            TableArns.Parsed arn = TableArns.parse(tableName);
            if (arn == null) {
                throw new ValidationException("Invalid TableArn: Invalid ResourceArn provided as input "
                        + tableName);
            }
            return arn.isLocal(context) ? arn.tableName() : null;
        }
        TableNames.check(tableName, "tableName");
        return tableName;
    }
}
