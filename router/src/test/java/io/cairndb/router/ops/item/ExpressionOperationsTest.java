package io.cairndb.router.ops.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cairndb.engine.error.ConditionalCheckFailedException;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.model.AttributeValue;
import org.junit.jupiter.api.Test;

/** Item operations with condition, update, projection, key-condition and filter expressions. */
class ExpressionOperationsTest extends ItemApiTestBase {

    private void fillPartition(int count) {
        for (int i = 1; i <= count; i++) {
            put("range", "{'pk':{'S':'p'},'sk':{'N':'" + i + "'},'even':{'BOOL':" + (i % 2 == 0) + "}}");
        }
        put("range", "{'pk':{'S':'other'},'sk':{'N':'1'}}");
    }

    @Test
    void conditionalPutFailsWhenTheConditionIsFalse() {
        String request = "{'TableName':'hash','Item':{'pk':{'S':'a'},'v':{'N':'1'}},"
                + "'ConditionExpression':'attribute_not_exists(pk)'}";
        call("PutItem", request);
        assertThatThrownBy(() -> call("PutItem", request))
                .isInstanceOf(ConditionalCheckFailedException.class)
                .hasMessage("The conditional request failed")
                .satisfies(e -> assertThat(((ConditionalCheckFailedException) e).item()).isEmpty());
    }

    @Test
    void failedConditionReturnsTheStoredItemWhenAsked() {
        put("hash", "{'pk':{'S':'a'},'v':{'N':'1'}}");
        assertThatThrownBy(() -> call("DeleteItem", "{'TableName':'hash','Key':{'pk':{'S':'a'}},"
                + "'ConditionExpression':'v = :two','ExpressionAttributeValues':{':two':{'N':'2'}},"
                + "'ReturnValuesOnConditionCheckFailure':'ALL_OLD'}"))
                .isInstanceOf(ConditionalCheckFailedException.class)
                .satisfies(e -> assertThat(((ConditionalCheckFailedException) e).item())
                        .hasValueSatisfying(item -> assertThat(item.get("v")).isEqualTo(AttributeValue.n(1))));
    }

    @Test
    void getProjectsTheRequestedPaths() {
        put("hash", "{'pk':{'S':'a'},'m':{'M':{'x':{'N':'1'},'y':{'N':'2'}}},'other':{'S':'o'}}");
        JsonNode response = call("GetItem", "{'TableName':'hash','Key':{'pk':{'S':'a'}},"
                + "'ProjectionExpression':'#m.x, pk','ExpressionAttributeNames':{'#m':'m'}}");
        assertThat(response.get("Item")).isEqualTo(json("{'pk':{'S':'a'},'m':{'M':{'x':{'N':'1'}}}}"));
    }

    @Test
    void updateReturnsWhatEachReturnValuesOptionAsksFor() {
        put("hash", "{'pk':{'S':'a'},'keep':{'S':'k'},'n':{'N':'1'},'gone':{'S':'g'}}");
        String update = "{'TableName':'hash','Key':{'pk':{'S':'a'}},'UpdateExpression':'SET n = n + :one, "
                + "added = :one REMOVE gone','ExpressionAttributeValues':{':one':{'N':'1'}},'ReturnValues':'%s'}";
        assertThat(call("UpdateItem", update.formatted("UPDATED_OLD")).get("Attributes"))
                .isEqualTo(json("{'n':{'N':'1'},'gone':{'S':'g'}}"));
        assertThat(call("UpdateItem", update.formatted("UPDATED_NEW")).get("Attributes"))
                .isEqualTo(json("{'n':{'N':'3'},'added':{'N':'1'}}"));
        assertThat(call("UpdateItem", update.formatted("ALL_NEW")).get("Attributes"))
                .isEqualTo(json("{'pk':{'S':'a'},'keep':{'S':'k'},'n':{'N':'4'},'added':{'N':'1'}}"));
        assertThat(call("UpdateItem", update.formatted("ALL_OLD")).get("Attributes"))
                .isEqualTo(json("{'pk':{'S':'a'},'keep':{'S':'k'},'n':{'N':'4'},'added':{'N':'1'}}"));
        assertThat(call("UpdateItem", update.formatted("NONE")).has("Attributes")).isFalse();
    }

    @Test
    void updatedOldAndNewLeaveOutAttributesWhoseUpdatedPathDoesNotExist() {
        put("hash", "{'pk':{'S':'a'},'l':{'L':[{'N':'1'}]}}");
        String update = "{'TableName':'hash','Key':{'pk':{'S':'a'}},'UpdateExpression':'%s',"
                + "'ExpressionAttributeValues':{':v':{'N':'5'}},'ReturnValues':'%s'}";
        // appended at index 1, so there is no l[3] before or after the update
        assertThat(call("UpdateItem", update.formatted("SET l[3] = :v", "UPDATED_NEW")).has("Attributes")).isFalse();
        assertThat(call("UpdateItem", update.formatted("SET l[0] = :v", "UPDATED_OLD")).get("Attributes"))
                .isEqualTo(json("{'l':{'L':[{'N':'1'},{'N':'5'}]}}"));
        assertThat(call("UpdateItem", "{'TableName':'hash','Key':{'pk':{'S':'a'}},'UpdateExpression':'REMOVE l[2]',"
                + "'ReturnValues':'UPDATED_OLD'}").has("Attributes")).isFalse();
    }

    @Test
    void putChecksTheItemBeforeCompilingTheCondition() {
        failing("PutItem", "{'TableName':'hash','Item':{'pk':{'S':'a'},'big':{'S':'" + "x".repeat(400 * 1024) + "'}},"
                + "'ConditionExpression':'a ='}")
                .hasMessage("Item size has exceeded the maximum allowed size");
    }

    @Test
    void getItemIgnoresExpressionAttributeValues() {
        put("hash", "{'pk':{'S':'a'},'x':{'N':'1'}}");
        assertThat(call("GetItem", "{'TableName':'hash','Key':{'pk':{'S':'a'}},"
                + "'ExpressionAttributeValues':{':unused':{'N':'1'}}}").get("Item"))
                .isEqualTo(json("{'pk':{'S':'a'},'x':{'N':'1'}}"));
        assertThat(call("GetItem", "{'TableName':'hash','Key':{'pk':{'S':'a'}},'ProjectionExpression':'x',"
                + "'ExpressionAttributeValues':{':unused':{'N':'1'}}}").get("Item")).isEqualTo(json("{'x':{'N':'1'}}"));
    }

    @Test
    void updateOfAKeyAttributeIsRejected() {
        assertThatThrownBy(() -> call("UpdateItem", "{'TableName':'hash','Key':{'pk':{'S':'a'}},"
                + "'UpdateExpression':'SET pk = :v','ExpressionAttributeValues':{':v':{'S':'b'}}}"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: Cannot update attribute pk. "
                        + "This attribute is part of the key");
    }

    @Test
    void unusedValuesAreRejected() {
        assertThatThrownBy(() -> call("PutItem", "{'TableName':'hash','Item':{'pk':{'S':'a'}},"
                + "'ConditionExpression':'attribute_not_exists(pk)',"
                + "'ExpressionAttributeValues':{':unused':{'S':'x'}}}"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("unused");
    }

    @Test
    void queryReadsOnePartitionInSortKeyOrder() {
        fillPartition(10);
        JsonNode forward = call("Query", "{'TableName':'range','KeyConditionExpression':'pk = :p',"
                + "'ExpressionAttributeValues':{':p':{'S':'p'}}}");
        assertThat(sortKeys(forward.get("Items"))).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        JsonNode backward = call("Query", "{'TableName':'range','KeyConditionExpression':'pk = :p AND sk BETWEEN :a AND :b',"
                + "'ExpressionAttributeValues':{':p':{'S':'p'},':a':{'N':'3'},':b':{'N':'5'}},'ScanIndexForward':false}");
        assertThat(sortKeys(backward.get("Items"))).containsExactly("5", "4", "3");
    }

    @Test
    void queryFilterCountsMatchesAndScannedItemsSeparately() {
        fillPartition(10);
        JsonNode response = call("Query", "{'TableName':'range','KeyConditionExpression':'pk = :p',"
                + "'FilterExpression':'even = :t','ExpressionAttributeValues':{':p':{'S':'p'},':t':{'BOOL':true}},"
                + "'ReturnConsumedCapacity':'TOTAL','ConsistentRead':true}");
        assertThat(response.get("Count").intValue()).isEqualTo(5);
        assertThat(response.get("ScannedCount").intValue()).isEqualTo(10);
        assertThat(response.at("/ConsumedCapacity/CapacityUnits").doubleValue()).isEqualTo(1.0);
    }

    @Test
    void queryPagesWithLimitAndExclusiveStartKey() {
        fillPartition(10);
        JsonNode first = call("Query", "{'TableName':'range','KeyConditionExpression':'pk = :p',"
                + "'ExpressionAttributeValues':{':p':{'S':'p'}},'Limit':4}");
        assertThat(sortKeys(first.get("Items"))).containsExactly("1", "2", "3", "4");
        assertThat(first.get("LastEvaluatedKey")).isEqualTo(json("{'pk':{'S':'p'},'sk':{'N':'4'}}"));
        JsonNode second = call("Query", "{'TableName':'range','KeyConditionExpression':'pk = :p',"
                + "'ExpressionAttributeValues':{':p':{'S':'p'}},'Limit':4,"
                + "'ExclusiveStartKey':" + first.get("LastEvaluatedKey").toString().replace('"', '\'') + "}");
        assertThat(sortKeys(second.get("Items"))).containsExactly("5", "6", "7", "8");
    }

    /** Whether a Query with this key condition, Limit and direction answers with a LastEvaluatedKey. */
    private boolean hasLastEvaluatedKey(String keyCondition, String values, int limit, boolean forward, String select) {
        JsonNode response = call("Query", "{'TableName':'range','KeyConditionExpression':'" + keyCondition + "',"
                + "'ExpressionAttributeValues':{':p':{'S':'p'}" + values + "},'Limit':" + limit
                + ",'ScanIndexForward':" + forward + ",'Select':'" + select + "'}");
        assertThat(response.get("Count").intValue()).isEqualTo(limit);
        return response.has("LastEvaluatedKey");
    }

    @Test
    void queryThatStopsOnTheInclusiveEndOfItsKeyRangeHasNoLastEvaluatedKey() {
        fillPartition(3);
        // As DynamoDB Local answers (each case checked against it): the key range ends on the last item read.
        for (String select : new String[] {"ALL_ATTRIBUTES", "COUNT"}) {
            assertThat(hasLastEvaluatedKey("pk = :p AND sk <= :a", ",':a':{'N':'3'}", 3, true, select)).isFalse();
            assertThat(hasLastEvaluatedKey("pk = :p AND sk BETWEEN :a AND :b", ",':a':{'N':'1'},':b':{'N':'2'}", 2, true,
                    select)).isFalse();
            assertThat(hasLastEvaluatedKey("pk = :p AND sk >= :a", ",':a':{'N':'2'}", 2, false, select)).isFalse();
            assertThat(hasLastEvaluatedKey("pk = :p AND sk BETWEEN :a AND :b", ",':a':{'N':'2'},':b':{'N':'3'}", 2, false,
                    select)).isFalse();
            // Open or exclusive ends, and equality, keep it even when nothing follows.
            assertThat(hasLastEvaluatedKey("pk = :p", "", 3, true, select)).isTrue();
            assertThat(hasLastEvaluatedKey("pk = :p AND sk <= :a", ",':a':{'N':'5'}", 3, true, select)).isTrue();
            assertThat(hasLastEvaluatedKey("pk = :p AND sk <= :a", ",':a':{'N':'2'}", 2, false, select)).isTrue();
            assertThat(hasLastEvaluatedKey("pk = :p AND sk < :a", ",':a':{'N':'3'}", 2, true, select)).isTrue();
            assertThat(hasLastEvaluatedKey("pk = :p AND sk = :a", ",':a':{'N':'2'}", 1, true, select)).isTrue();
        }
    }

    @Test
    void queryOnATableWithoutSortKeyHasNoLastEvaluatedKey() {
        put("hash", "{'pk':{'S':'a'}}");
        for (String select : new String[] {"ALL_ATTRIBUTES", "COUNT"}) {
            JsonNode response = call("Query", "{'TableName':'hash','KeyConditionExpression':'pk = :p',"
                    + "'ExpressionAttributeValues':{':p':{'S':'a'}},'Limit':1,'Select':'" + select + "'}");
            assertThat(response.get("Count").intValue()).isEqualTo(1);
            assertThat(response.has("LastEvaluatedKey")).isFalse();
        }
    }

    @Test
    void querySelectCountAndSpecificAttributes() {
        fillPartition(3);
        JsonNode count = call("Query", "{'TableName':'range','KeyConditionExpression':'pk = :p',"
                + "'ExpressionAttributeValues':{':p':{'S':'p'}},'Select':'COUNT'}");
        assertThat(count.has("Items")).isFalse();
        assertThat(count.get("Count").intValue()).isEqualTo(3);
        JsonNode specific = call("Query", "{'TableName':'range','KeyConditionExpression':'pk = :p',"
                + "'ExpressionAttributeValues':{':p':{'S':'p'}},'Select':'SPECIFIC_ATTRIBUTES',"
                + "'ProjectionExpression':'sk'}");
        assertThat(specific.get("Items").get(0)).isEqualTo(json("{'sk':{'N':'1'}}"));
    }

    @Test
    void scanFilterKeepsMatchingItems() {
        fillPartition(6);
        JsonNode response = call("Scan", "{'TableName':'range','FilterExpression':'even = :f',"
                + "'ExpressionAttributeValues':{':f':{'BOOL':false}}}");
        assertThat(response.get("Count").intValue()).isEqualTo(3);
        assertThat(response.get("ScannedCount").intValue()).isEqualTo(7);
    }

    @Test
    void batchGetAppliesEachTablesProjection() {
        put("hash", "{'pk':{'S':'a'},'x':{'S':'1'},'y':{'S':'2'}}");
        JsonNode response = call("BatchGetItem", "{'RequestItems':{'hash':{'Keys':[{'pk':{'S':'a'}}],"
                + "'ProjectionExpression':'#x','ExpressionAttributeNames':{'#x':'x'}}}}");
        assertThat(response.at("/Responses/hash/0")).isEqualTo(json("{'x':{'S':'1'}}"));
    }
}
