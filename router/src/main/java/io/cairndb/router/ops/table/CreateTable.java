package io.cairndb.router.ops.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.engine.dataplane.TableStats;
import io.cairndb.engine.error.ResourceInUseException;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.schema.BillingMode;
import io.cairndb.engine.schema.KeySchema;
import io.cairndb.engine.schema.ProvisionedThroughput;
import io.cairndb.engine.schema.TableClass;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.schema.TableStatus;
import io.cairndb.engine.validate.ConstraintViolations;
import io.cairndb.engine.validate.TableNames;
import io.cairndb.router.json.RequestFields;
import io.cairndb.router.ops.OperationHandler;
import io.cairndb.router.ops.ServiceContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * CreateTable. The table is usable as soon as the catalog has it, so it is reported ACTIVE at once
 * (as DynamoDB Local does); SDK waiters accept that.
 */
final class CreateTable implements OperationHandler {
    static final List<String> BILLING_MODES = List.of("PROVISIONED", "PAY_PER_REQUEST");
    static final List<String> TABLE_CLASSES = List.of("STANDARD", "STANDARD_INFREQUENT_ACCESS");

    private final ServiceContext context;

    CreateTable(ServiceContext context) {
        this.context = context;
    }

    @Override
    public ObjectNode handle(JsonNode request) {
        String tableName = RequestFields.string(request, "TableName");
        KeySchemaInput keys = KeySchemaInput.read(request);
        String billingMode = RequestFields.string(request, "BillingMode");
        ThroughputInput throughput = ThroughputInput.read(request);
        String tableClass = RequestFields.string(request, "TableClass");
        Boolean deletionProtection = RequestFields.bool(request, "DeletionProtectionEnabled");

        ConstraintViolations violations = new ConstraintViolations();
        keys.collectAttributeDefinitionViolations(violations);
        TableNames.addViolations(violations, tableName, "tableName");
        violations.oneOf(billingMode, "billingMode", BILLING_MODES);
        if (throughput != null) {
            throughput.collectViolations(violations);
        }
        keys.collectKeySchemaViolations(violations);
        violations.oneOf(tableClass, "tableClass", TABLE_CLASSES);
        Map<String, String> tags = TagInput.read(request, violations);
        violations.throwIfAny();

        BillingMode billing = billingMode == null ? BillingMode.PROVISIONED : BillingMode.valueOf(billingMode);
        ProvisionedThroughput capacity = capacity(billing, throughput);
        KeySchema keySchema = keys.keySchema();
        rejectUnsupported(request);
        TagInput.checkRules(tags);

        long now = context.clock().millis();
        TableDefinition table = new TableDefinition(tableName, UUID.randomUUID().toString(),
                TableArns.of(context, tableName), keySchema, keys.attributeDefinitions(), billing, capacity,
                tableClass == null ? TableClass.STANDARD : TableClass.valueOf(tableClass), TableStatus.ACTIVE,
                now, Boolean.TRUE.equals(deletionProtection), tags,
                billing == BillingMode.PAY_PER_REQUEST ? Long.valueOf(now) : null);
        if (context.catalog().get(tableName) != null) {
            throw alreadyExists(tableName);
        }
        try {
            context.catalog().create(table);
        } catch (ResourceInUseException raced) {
            throw alreadyExists(tableName);
        }
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.set("TableDescription", TableDescriptions.describe(table, TableStats.EMPTY));
        return response;
    }

    private static ProvisionedThroughput capacity(BillingMode billing, ThroughputInput throughput) {
        if (billing == BillingMode.PAY_PER_REQUEST) {
            if (throughput != null) {
                throw new ValidationException("One or more parameter values were invalid: Neither ReadCapacityUnits "
                        + "nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
            }
            return ProvisionedThroughput.ON_DEMAND;
        }
        if (throughput == null) {
            throw new ValidationException("One or more parameter values were invalid: ReadCapacityUnits and "
                    + "WriteCapacityUnits must both be specified when BillingMode is PROVISIONED");
        }
        throughput.checkBounds();
        return ProvisionedThroughput.of(throughput.readCapacityUnits(), throughput.writeCapacityUnits());
    }

    private static void rejectUnsupported(JsonNode request) {
        UnsupportedParameters.reject(request, "LocalSecondaryIndexes", "Local secondary indexes");
        UnsupportedParameters.reject(request, "GlobalSecondaryIndexes", "Global secondary indexes");
        UnsupportedParameters.rejectStreams(request);
        UnsupportedParameters.rejectKmsEncryption(request);
        UnsupportedParameters.reject(request, "ResourcePolicy", "Resource-based policies");
        UnsupportedParameters.reject(request, "OnDemandThroughput", "Maximum on-demand throughput");
        UnsupportedParameters.reject(request, "WarmThroughput", "Warm throughput");
    }

    private static ResourceInUseException alreadyExists(String tableName) {
        return new ResourceInUseException("Table already exists: " + tableName);
    }
}
