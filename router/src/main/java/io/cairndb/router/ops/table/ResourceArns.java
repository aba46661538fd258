package io.cairndb.router.ops.table;

import io.cairndb.engine.error.ResourceNotFoundException;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.validate.ConstraintViolations;
import io.cairndb.router.ops.ServiceContext;

/** The table a tagging request's {@code ResourceArn} names, with DynamoDB's errors. */
final class ResourceArns {
    private static final int MAX_ARN_LENGTH = 1283;

    private ResourceArns() {
    }

    static void collectViolations(ConstraintViolations violations, String arn) {
        violations.notNull(arn, "resourceArn");
        violations.length(arn, "resourceArn", 1, MAX_ARN_LENGTH);
    }

    static TableDefinition table(ServiceContext context, String arn) {
        TableArns.Parsed parsed = TableArns.parse(arn);
        if (parsed == null) {
            throw new ValidationException("Invalid TableArn: Invalid ResourceArn provided as input " + arn);
        }
        TableDefinition table = parsed.isLocal(context) ? context.catalog().get(parsed.tableName()) : null;
        if (table == null) {
            // "ResourcArn" is DynamoDB's own spelling.
            throw new ResourceNotFoundException("Requested resource not found: ResourcArn: " + arn + " not found");
        }
        return table;
    }
}
