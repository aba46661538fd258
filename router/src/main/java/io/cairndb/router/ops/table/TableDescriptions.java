package io.cairndb.router.ops.table;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.engine.dataplane.TableStats;
import io.cairndb.engine.model.AttributeType;
import io.cairndb.engine.schema.KeySchema;
import io.cairndb.engine.schema.ProvisionedThroughput;
import io.cairndb.engine.schema.TableClass;
import io.cairndb.engine.schema.TableDefinition;
import java.math.BigDecimal;
import java.util.Map;

/** Writes DynamoDB's TableDescription shape, as DescribeTable, CreateTable, UpdateTable and DeleteTable return it. */
final class TableDescriptions {
    private TableDescriptions() {
    }

    static ObjectNode describe(TableDefinition table, TableStats stats) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ArrayNode definitions = out.putArray("AttributeDefinitions");
        for (Map.Entry<String, AttributeType> definition : table.attributeDefinitions().entrySet()) {
            definitions.addObject()
                    .put("AttributeName", definition.getKey())
                    .put("AttributeType", definition.getValue().wireName());
        }
        out.put("TableName", table.name());
        writeKeySchema(out.putArray("KeySchema"), table.keySchema());
        out.put("TableStatus", table.status().name());
        out.put("CreationDateTime", epochSeconds(table.creationMillis()));
        writeThroughput(out.putObject("ProvisionedThroughput"), table.provisionedThroughput());
        out.put("TableSizeBytes", stats.sizeBytes());
        out.put("ItemCount", stats.itemCount());
        out.put("TableArn", table.arn());
        out.put("TableId", table.tableId());
        ObjectNode billing = out.putObject("BillingModeSummary").put("BillingMode", table.billingMode().name());
        if (table.lastUpdateToPayPerRequestMillis() != null) {
            billing.put("LastUpdateToPayPerRequestDateTime", epochSeconds(table.lastUpdateToPayPerRequestMillis()));
        }
        if (table.tableClass() != TableClass.STANDARD) {
            out.putObject("TableClassSummary").put("TableClass", table.tableClass().name());
        }
        out.put("DeletionProtectionEnabled", table.deletionProtectionEnabled());
        return out;
    }

    private static void writeKeySchema(ArrayNode out, KeySchema keySchema) {
        out.addObject().put("AttributeName", keySchema.partitionKey().name()).put("KeyType", "HASH");
        if (keySchema.hasSortKey()) {
            out.addObject().put("AttributeName", keySchema.sortKey().name()).put("KeyType", "RANGE");
        }
    }

    private static void writeThroughput(ObjectNode out, ProvisionedThroughput throughput) {
        if (throughput.lastIncreaseMillis() > 0) {
            out.put("LastIncreaseDateTime", epochSeconds(throughput.lastIncreaseMillis()));
        }
        if (throughput.lastDecreaseMillis() > 0) {
            out.put("LastDecreaseDateTime", epochSeconds(throughput.lastDecreaseMillis()));
        }
        out.put("NumberOfDecreasesToday", throughput.decreasesToday());
        out.put("ReadCapacityUnits", throughput.readCapacityUnits());
        out.put("WriteCapacityUnits", throughput.writeCapacityUnits());
    }

    /** DynamoDB's timestamps: epoch seconds with a millisecond fraction, e.g. 1763751600.123. */
    static BigDecimal epochSeconds(long millis) {
        return BigDecimal.valueOf(millis, 3);
    }
}
