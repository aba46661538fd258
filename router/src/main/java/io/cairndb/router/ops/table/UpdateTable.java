package io.cairndb.router.ops.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.engine.error.NotImplementedYetException;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.schema.BillingMode;
import io.cairndb.engine.schema.ProvisionedThroughput;
import io.cairndb.engine.schema.TableClass;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.validate.ConstraintViolations;
import io.cairndb.router.json.RequestFields;
import io.cairndb.router.ops.OperationHandler;
import io.cairndb.router.ops.ServiceContext;
import java.time.Duration;

/**
 * UpdateTable: billing mode, provisioned throughput (with DynamoDB's increase/decrease history),
 * table class and deletion protection. Changes apply at once, so the table stays ACTIVE.
 */
final class UpdateTable implements OperationHandler {
    private static final long DAY_MILLIS = Duration.ofDays(1).toMillis();

    private final ServiceContext context;

    UpdateTable(ServiceContext context) {
        this.context = context;
    }

    @Override
    public ObjectNode handle(JsonNode request) {
        String tableName = RequestFields.string(request, "TableName");
        String billingMode = RequestFields.string(request, "BillingMode");
        ThroughputInput throughput = ThroughputInput.read(request);
        String tableClass = RequestFields.string(request, "TableClass");
        Boolean deletionProtection = RequestFields.bool(request, "DeletionProtectionEnabled");

        Tables.validName(context, tableName); // the name's constraints come first, as in DynamoDB
        ConstraintViolations violations = new ConstraintViolations();
        violations.oneOf(billingMode, "billingMode", CreateTable.BILLING_MODES);
        if (throughput != null) {
            throughput.collectViolations(violations);
        }
        violations.oneOf(tableClass, "tableClass", CreateTable.TABLE_CLASSES);
        violations.throwIfAny();
        rejectUnsupported(request);
        if (billingMode == null && throughput == null && tableClass == null && deletionProtection == null) {
            throw new ValidationException("At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, "
                    + "GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required");
        }
        TableDefinition table = Tables.existing(context, tableName);

        BillingMode newBilling = billingMode == null ? table.billingMode() : BillingMode.valueOf(billingMode);
        ProvisionedThroughput newThroughput = newThroughput(table, newBilling, throughput);
        TableDefinition updated = new TableDefinition(table.name(), table.tableId(), table.arn(), table.keySchema(),
                table.attributeDefinitions(), newBilling, newThroughput,
                tableClass == null ? table.tableClass() : TableClass.valueOf(tableClass), table.status(),
                table.creationMillis(),
                deletionProtection == null ? table.deletionProtectionEnabled() : deletionProtection,
                table.tags(), payPerRequestSince(table, newBilling));
        context.catalog().update(updated);
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.set("TableDescription", TableDescriptions.describe(updated, context.dataPlane().stats(updated)));
        return response;
    }

    /** When the table became on-demand: now if this update switches it, else as before. */
    private Long payPerRequestSince(TableDefinition table, BillingMode newBilling) {
        boolean switching = newBilling == BillingMode.PAY_PER_REQUEST && table.billingMode() != BillingMode.PAY_PER_REQUEST;
        return switching ? Long.valueOf(context.clock().millis()) : table.lastUpdateToPayPerRequestMillis();
    }

    private ProvisionedThroughput newThroughput(TableDefinition table, BillingMode newBilling,
                                                ThroughputInput requested) {
        ProvisionedThroughput current = table.provisionedThroughput();
        if (newBilling == BillingMode.PAY_PER_REQUEST) {
            if (requested != null) {
                throw new ValidationException("One or more parameter values were invalid: Neither ReadCapacityUnits "
                        + "nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
            }
            return ProvisionedThroughput.ON_DEMAND;
        }
        boolean switching = table.billingMode() == BillingMode.PAY_PER_REQUEST;
        if (requested == null) {
            if (switching) {
                throw new ValidationException("One or more parameter values were invalid: ProvisionedThroughput "
                        + "must be specified when BillingMode is PROVISIONED");
            }
            return current;
        }
        requested.checkBounds();
        long read = requested.readCapacityUnits();
        long write = requested.writeCapacityUnits();
        if (switching) {
            return ProvisionedThroughput.of(read, write);
        }
        if (read == current.readCapacityUnits() && write == current.writeCapacityUnits()) {
            throw new ValidationException("The provisioned throughput for the table will not change. The requested "
                    + "value equals the current value. Current ReadCapacityUnits provisioned for the table: "
                    + current.readCapacityUnits() + ". Requested ReadCapacityUnits: " + read + ". Current "
                    + "WriteCapacityUnits provisioned for the table: " + current.writeCapacityUnits()
                    + ". Requested WriteCapacityUnits: " + write + ". Refer to the Amazon DynamoDB Developer Guide "
                    + "for current limits and how to request higher limits.");
        }
        long now = context.clock().millis();
        boolean increase = read > current.readCapacityUnits() || write > current.writeCapacityUnits();
        boolean decrease = read < current.readCapacityUnits() || write < current.writeCapacityUnits();
        int decreasesToday = current.lastDecreaseMillis() / DAY_MILLIS == now / DAY_MILLIS
                ? current.decreasesToday() : 0;
        return new ProvisionedThroughput(read, write,
                increase ? now : current.lastIncreaseMillis(),
                decrease ? now : current.lastDecreaseMillis(),
                decrease ? decreasesToday + 1 : decreasesToday);
    }

    private static void rejectUnsupported(JsonNode request) {
        JsonNode indexUpdates = request.get("GlobalSecondaryIndexUpdates");
        if (indexUpdates != null && !indexUpdates.isNull() && !indexUpdates.isEmpty()) {
            throw new NotImplementedYetException(
                    "Global secondary indexes (GlobalSecondaryIndexUpdates)");
        }
        UnsupportedParameters.reject(request, "AttributeDefinitions", "Global secondary indexes");
        UnsupportedParameters.reject(request, "StreamSpecification", "DynamoDB Streams");
        UnsupportedParameters.reject(request, "SSESpecification", "Encryption at rest with AWS KMS keys");
        UnsupportedParameters.reject(request, "ReplicaUpdates", "Global tables");
        UnsupportedParameters.reject(request, "OnDemandThroughput", "Maximum on-demand throughput");
        UnsupportedParameters.reject(request, "WarmThroughput", "Warm throughput");
        UnsupportedParameters.reject(request, "MultiRegionConsistency", "Global tables");
    }
}
