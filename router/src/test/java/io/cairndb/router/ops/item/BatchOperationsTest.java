package io.cairndb.router.ops.item;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cairndb.engine.error.ResourceNotFoundException;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.model.AttributeType;
import io.cairndb.engine.schema.KeyElement;
import io.cairndb.engine.schema.KeySchema;
import java.util.HashSet;
import java.util.Set;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/** BatchWriteItem and BatchGetItem on real storage. */
class BatchOperationsTest extends ItemApiTestBase {

    private static String keys(String table, int from, int to) {
        StringJoiner joiner = new StringJoiner(",", "[", "]");
        for (int i = from; i < to; i++) {
            joiner.add(table.equals("hash") ? "{'pk':{'S':'k" + i + "'}}" : "{'pk':{'S':'p'},'sk':{'N':'" + i + "'}}");
        }
        return joiner.toString();
    }

    private static String puts(int from, int to) {
        StringJoiner joiner = new StringJoiner(",", "[", "]");
        for (int i = from; i < to; i++) {
            joiner.add("{'PutRequest':{'Item':{'pk':{'S':'k" + i + "'},'v':{'N':'" + i + "'}}}}");
        }
        return joiner.toString();
    }

    @Test
    void batchWritePutsAndDeletesAcrossTables() {
        put("range", "{'pk':{'S':'p'},'sk':{'N':'1'}}");
        JsonNode response = call("BatchWriteItem", "{'RequestItems':{'hash':" + puts(0, 3) + ","
                + "'range':[{'DeleteRequest':{'Key':{'pk':{'S':'p'},'sk':{'N':'1'}}}}]},"
                + "'ReturnConsumedCapacity':'TOTAL','ReturnItemCollectionMetrics':'SIZE'}");
        assertThat(response.get("UnprocessedItems")).isEqualTo(json("{}"));
        assertThat(response.get("ConsumedCapacity")).isEqualTo(json("[{'TableName':'hash','CapacityUnits':3.0},"
                + "{'TableName':'range','CapacityUnits':1.0}]"));
        assertThat(call("GetItem", "{'TableName':'hash','Key':{'pk':{'S':'k2'}}}").at("/Item/v/N").textValue())
                .isEqualTo("2");
        assertThat(call("GetItem", "{'TableName':'range','Key':{'pk':{'S':'p'},'sk':{'N':'1'}}}").has("Item"))
                .isFalse();
    }

    @Test
    void batchWriteAlwaysHasUnprocessedItems() {
        assertThat(call("BatchWriteItem", "{'RequestItems':{'hash':" + puts(0, 1) + "}}"))
                .isEqualTo(json("{'UnprocessedItems':{}}"));
    }

    @Test
    void batchWriteLimitsAndShapes() {
        // DynamoDB Local's answer to 26 requests, on one table or over several, and also when a table is missing.
        failing("BatchWriteItem", "{'RequestItems':{'hash':" + puts(0, 26) + "}}")
                .hasMessage("Too many items requested for the BatchWriteItem call");
        failing("BatchWriteItem", "{'RequestItems':{'missing':" + puts(0, 26) + "}}")
                .hasMessage("Too many items requested for the BatchWriteItem call");
        createTable("other", KeySchema.hash(new KeyElement("pk", AttributeType.S)));
        failing("BatchWriteItem", "{'RequestItems':{'hash':" + puts(0, 13) + ",'other':" + puts(0, 13) + "}}")
                .hasMessage("Too many items requested for the BatchWriteItem call");
        failing("BatchWriteItem", "{'RequestItems':{'hash':[]}}")
                .hasMessageContaining("Value '{hash=[]}' at 'requestItems' failed to satisfy constraint: Map value");
        failing("BatchWriteItem", "{'RequestItems':{'hash':[{'PutRequest':{'Item':{'pk':{'S':'a'}}}},"
                + "{'DeleteRequest':{'Key':{'pk':{'S':'a'}}}}]}}")
                .hasMessage("Provided list of item keys contains duplicates");
        failing("BatchWriteItem", "{'RequestItems':{'hash':[{}]}}")
                .hasMessage("Supplied AttributeValue has more than one datatypes set, "
                        + "must contain exactly one of the supported datatypes");
        failing("BatchWriteItem", "{'RequestItems':{'hash':[{'PutRequest':{'Item':{'pk':{'S':'a'}}},"
                + "'DeleteRequest':{'Key':{'pk':{'S':'a'}}}}]}}")
                .hasMessageStartingWith("Supplied AttributeValue has more than one datatypes set");
        failing("BatchWriteItem", "{}")
                .hasMessage("1 validation error detected: Value null at 'requestItems' failed to satisfy constraint: "
                        + "Member must not be null");
        failing("BatchWriteItem", "{'RequestItems':{'nope':" + puts(0, 1) + "}}")
                .isInstanceOf(ResourceNotFoundException.class);
        failing("BatchWriteItem", "{'RequestItems':{'hash':[{'PutRequest':{'Item':{'x':{'S':'a'}}}}]}}")
                .hasMessage("One or more parameter values were invalid: Missing the key pk in the item");
    }

    @Test
    void failedValidationWritesNothing() {
        failing("BatchWriteItem", "{'RequestItems':{'hash':[{'PutRequest':{'Item':{'pk':{'S':'first'}}}},"
                + "{'DeleteRequest':{'Key':{'pk':{'N':'1'}}}}]}}")
                .hasMessage("One or more parameter values were invalid: Type mismatch for key");
        assertThat(call("GetItem", "{'TableName':'hash','Key':{'pk':{'S':'first'}}}").has("Item")).isFalse();
    }

    @Test
    void batchGetReturnsFoundItemsPerTable() {
        call("BatchWriteItem", "{'RequestItems':{'hash':" + puts(0, 5) + "}}");
        put("range", "{'pk':{'S':'p'},'sk':{'N':'1'}}");
        JsonNode response = call("BatchGetItem", "{'RequestItems':{'hash':{'Keys':" + keys("hash", 3, 8) + ","
                + "'ConsistentRead':true},'range':{'Keys':" + keys("range", 1, 3) + "}},"
                + "'ReturnConsumedCapacity':'TOTAL'}");
        Set<String> found = new HashSet<>();
        response.at("/Responses/hash").forEach(item -> found.add(item.at("/pk/S").textValue()));
        assertThat(found).containsExactlyInAnyOrder("k3", "k4");
        assertThat(response.at("/Responses/range")).hasSize(1);
        assertThat(response.get("UnprocessedKeys")).isEqualTo(json("{}"));
        // Only found items are charged: two strongly consistent reads (one unit each) and one eventually
        // consistent (half); the missing keys cost nothing.
        assertThat(response.get("ConsumedCapacity")).isEqualTo(json("[{'TableName':'hash','CapacityUnits':2.0},"
                + "{'TableName':'range','CapacityUnits':0.5}]"));
    }

    @Test
    void batchGetOfMissingKeysListsEachTableAtZeroUnits() {
        JsonNode response = call("BatchGetItem", "{'RequestItems':{'hash':{'Keys':" + keys("hash", 0, 2) + "},"
                + "'range':{'Keys':" + keys("range", 0, 1) + ",'ConsistentRead':true}},'ReturnConsumedCapacity':'TOTAL'}");
        assertThat(response.get("ConsumedCapacity")).isEqualTo(json("[{'TableName':'hash','CapacityUnits':0.0},"
                + "{'TableName':'range','CapacityUnits':0.0}]"));
    }

    @Test
    void batchWriteChargesEachRequestByTheLargerOfOldAndNewItem() {
        String big = "x".repeat(1500);
        put("hash", "{'pk':{'S':'a'},'b':{'S':'" + big + "'}}");
        put("hash", "{'pk':{'S':'b'},'b':{'S':'" + big + "'}}");
        // Overwriting a 1.5 KB item with a small one: 2 units; deleting a 1.5 KB item: 2 units; deleting a missing
        // item: 1 unit, like DeleteItem (DynamoDB Local charges 2 here; see docs/compatibility.md).
        JsonNode response = call("BatchWriteItem", "{'RequestItems':{'hash':[{'PutRequest':{'Item':{'pk':{'S':'a'}}}},"
                + "{'DeleteRequest':{'Key':{'pk':{'S':'b'}}}},{'DeleteRequest':{'Key':{'pk':{'S':'none'}}}}]},"
                + "'ReturnConsumedCapacity':'TOTAL'}");
        assertThat(response.get("ConsumedCapacity")).isEqualTo(json("[{'TableName':'hash','CapacityUnits':5.0}]"));
    }

    /** Key by key: a repeated key is a duplicate; the 101st distinct key is one too many (DynamoDB Local). */
    @Test
    void batchGetChecksDuplicatesAndTheKeyCountKeyByKey() {
        failing("BatchGetItem", "{'RequestItems':{'hash':{'Keys':" + keys("hash", 0, 100).replaceFirst("]$",
                ",{'pk':{'S':'k0'}}]") + "}}}")
                .hasMessage("Provided list of item keys contains duplicates");
        String duplicatedAtTheEnd = keys("hash", 0, 60).replaceFirst("]$", ",{'pk':{'S':'k0'}}]");
        failing("BatchGetItem", "{'RequestItems':{'hash':{'Keys':" + duplicatedAtTheEnd + "},'nope':{'Keys':"
                + keys("hash", 0, 60) + "}}}")
                .hasMessage("Provided list of item keys contains duplicates");
        failing("BatchGetItem", "{'RequestItems':{'nope':{'Keys':" + keys("hash", 0, 60) + "},'hash':{'Keys':"
                + duplicatedAtTheEnd + "}}}")
                .isInstanceOf(ValidationException.class)
                .hasMessageNotContaining("duplicates");
    }

    @Test
    void batchGetLimitsAndErrors() {
        failing("BatchGetItem", "{'RequestItems':{'hash':{'Keys':" + keys("hash", 0, 101) + "}}}")
                .hasMessage("Too many items requested for the BatchGetItem call");
        // With a duplicate among them, the duplicate is reported first, even for a missing table (DynamoDB Local).
        String withDuplicate = keys("hash", 0, 101).replace("'k100'", "'k7'");
        failing("BatchGetItem", "{'RequestItems':{'hash':{'Keys':" + withDuplicate + "}}}")
                .hasMessage("Provided list of item keys contains duplicates");
        failing("BatchGetItem", "{'RequestItems':{'missing':{'Keys':" + withDuplicate + "}}}")
                .hasMessage("Provided list of item keys contains duplicates");
        failing("BatchGetItem", "{'RequestItems':{'hash':{'Keys':[{'pk':{'S':'a'}},{'pk':{'S':'a'}}]}}}")
                .hasMessage("Provided list of item keys contains duplicates");
        failing("BatchGetItem", "{'RequestItems':{'hash':{'Keys':[]}}}")
                .hasMessage("1 validation error detected: Value '[]' at 'requestItems.hash.member.keys' failed to "
                        + "satisfy constraint: Member must have length greater than or equal to 1");
        failing("BatchGetItem", "{'RequestItems':{}}")
                .hasMessageContaining("Member must have length greater than or equal to 1");
        failing("BatchGetItem", "{'RequestItems':{'nope':{'Keys':[{'pk':{'S':'a'}}]}}}")
                .isInstanceOf(ResourceNotFoundException.class);
        failing("BatchGetItem", "{'RequestItems':{'range':{'Keys':[{'pk':{'S':'a'}}]}}}")
                .hasMessage("The provided key element does not match the schema");
    }

    @Test
    void responsesOver16MbLeaveTheRestInUnprocessedKeys() {
        String big = "x".repeat(390 * 1024);
        int count = 50;
        for (int i = 0; i < count; i++) {
            put("hash", "{'pk':{'S':'k" + i + "'},'v':{'S':'" + big + "'}}");
        }
        JsonNode response = call("BatchGetItem", "{'RequestItems':{'hash':{'Keys':" + keys("hash", 0, count) + ","
                + "'ConsistentRead':true}}}");
        int returned = response.at("/Responses/hash").size();
        JsonNode unprocessed = response.at("/UnprocessedKeys/hash");
        assertThat(returned).isBetween(40, 42);
        assertThat(returned + unprocessed.get("Keys").size()).isEqualTo(count);
        assertThat(unprocessed.get("ConsistentRead").booleanValue()).isTrue();
        long bytes = 0;
        for (JsonNode item : response.at("/Responses/hash")) {
            bytes += item.at("/v/S").textValue().length();
        }
        assertThat(bytes).isLessThanOrEqualTo(16L * 1024 * 1024);
    }
}
