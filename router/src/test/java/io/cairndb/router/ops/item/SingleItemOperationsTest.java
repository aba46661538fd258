package io.cairndb.router.ops.item;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cairndb.engine.error.NotImplementedYetException;
import io.cairndb.engine.error.ResourceNotFoundException;
import io.cairndb.engine.error.SerializationException;
import io.cairndb.engine.error.UnknownOperationException;
import io.cairndb.engine.error.ValidationException;
import org.junit.jupiter.api.Test;

/** PutItem, GetItem, DeleteItem and UpdateItem without expressions, and their errors. */
class SingleItemOperationsTest extends ItemApiTestBase {

    @Test
    void putThenGetReturnsTheItemWithCanonicalNumbers() {
        JsonNode response = call("PutItem", "{'TableName':'hash','Item':{'pk':{'S':'a'},'n':{'N':'1.50'},"
                + "'l':{'L':[{'B':'AQ=='},{'NULL':true}]},'ss':{'SS':['x','y']}}}");
        assertThat(response.isEmpty()).isTrue();
        JsonNode got = call("GetItem", "{'TableName':'hash','Key':{'pk':{'S':'a'}}}");
        assertThat(got).isEqualTo(json("{'Item':{'pk':{'S':'a'},'n':{'N':'1.5'},"
                + "'l':{'L':[{'B':'AQ=='},{'NULL':true}]},'ss':{'SS':['x','y']}}}"));
    }

    @Test
    void getOfAMissingItemHasNoItemMember() {
        assertThat(call("GetItem", "{'TableName':'hash','Key':{'pk':{'S':'none'}},'ConsistentRead':true}").isEmpty())
                .isTrue();
    }

    @Test
    void getReportsConsumedCapacityByConsistency() {
        put("hash", "{'pk':{'S':'a'}}");
        assertThat(call("GetItem", "{'TableName':'hash','Key':{'pk':{'S':'a'}},'ReturnConsumedCapacity':'TOTAL'}")
                .get("ConsumedCapacity")).isEqualTo(json("{'TableName':'hash','CapacityUnits':0.5}"));
        assertThat(call("GetItem", "{'TableName':'hash','Key':{'pk':{'S':'a'}},'ConsistentRead':true,"
                + "'ReturnConsumedCapacity':'INDEXES'}").get("ConsumedCapacity"))
                .isEqualTo(json("{'TableName':'hash','CapacityUnits':1.0,'Table':{'CapacityUnits':1.0}}"));
        assertThat(call("GetItem", "{'TableName':'hash','Key':{'pk':{'S':'a'}},'ReturnConsumedCapacity':'NONE'}")
                .has("ConsumedCapacity")).isFalse();
    }

    @Test
    void putReturnsTheOldItemForAllOld() {
        put("hash", "{'pk':{'S':'a'},'v':{'S':'old'}}");
        JsonNode response = call("PutItem", "{'TableName':'hash','Item':{'pk':{'S':'a'},'v':{'S':'new'}},"
                + "'ReturnValues':'ALL_OLD','ReturnConsumedCapacity':'TOTAL'}");
        assertThat(response.get("Attributes")).isEqualTo(json("{'pk':{'S':'a'},'v':{'S':'old'}}"));
        assertThat(response.get("ConsumedCapacity")).isEqualTo(json("{'TableName':'hash','CapacityUnits':1.0}"));
        assertThat(call("PutItem", "{'TableName':'hash','Item':{'pk':{'S':'b'}},'ReturnValues':'ALL_OLD'}")
                .has("Attributes")).isFalse();
    }

    @Test
    void writeCapacityCountsTheLargerImageInKilobytes() {
        String big = "x".repeat(3000);
        put("hash", "{'pk':{'S':'a'},'v':{'S':'" + big + "'}}");
        JsonNode response = call("PutItem", "{'TableName':'hash','Item':{'pk':{'S':'a'}},"
                + "'ReturnConsumedCapacity':'TOTAL'}");
        assertThat(response.at("/ConsumedCapacity/CapacityUnits").doubleValue()).isEqualTo(3.0);
    }

    @Test
    void putAndDeleteAcceptOnlyNoneOrAllOld() {
        // DynamoDB Local's wording, for values the operation does not allow and for no value at all.
        for (String op : new String[] {"PutItem", "DeleteItem"}) {
            String target = op.equals("PutItem") ? "'Item'" : "'Key'";
            for (String returnValues : new String[] {"ALL_NEW", "UPDATED_OLD", "UPDATED_NEW", "EVERYTHING", "all_old"}) {
                failing(op, "{'TableName':'hash'," + target + ":{'pk':{'S':'a'}},'ReturnValues':'" + returnValues + "'}")
                        .isInstanceOf(ValidationException.class)
                        .hasMessage("Return values set to invalid value");
            }
        }
        failing("UpdateItem", "{'TableName':'hash','Key':{'pk':{'S':'a'}},'ReturnValues':'SOME'}")
                .hasMessage("Return values set to invalid value");
        // Checked after the table is found, as DynamoDB Local does.
        failing("PutItem", "{'TableName':'nope','Item':{'pk':{'S':'a'}},'ReturnValues':'EVERYTHING'}")
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void unknownEnumValuesAreConstraintViolations() {
        failing("GetItem", "{'TableName':'hash','Key':{'pk':{'S':'a'}},'ReturnConsumedCapacity':'ALL'}")
                .hasMessage("1 validation error detected: Value 'ALL' at 'returnConsumedCapacity' failed to satisfy "
                        + "constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]");
        failing("DeleteItem", "{'TableName':'hash','Key':{'pk':{'S':'a'}},'ReturnValuesOnConditionCheckFailure':'X',"
                + "'ReturnItemCollectionMetrics':'Y'}")
                .hasMessageStartingWith("2 validation errors detected: ");
    }

    @Test
    void missingItemOrKeyIsANullConstraint() {
        failing("PutItem", "{'TableName':'hash'}")
                .hasMessage("1 validation error detected: Value null at 'item' failed to satisfy constraint: "
                        + "Member must not be null");
        failing("GetItem", "{'TableName':'hash'}")
                .hasMessage("1 validation error detected: Value null at 'key' failed to satisfy constraint: "
                        + "Member must not be null");
    }

    @Test
    void unknownTableIsResourceNotFound() {
        for (String op : new String[] {"GetItem", "DeleteItem", "UpdateItem"}) {
            failing(op, "{'TableName':'nope','Key':{'pk':{'S':'a'}}}")
                    .isInstanceOf(ResourceNotFoundException.class)
                    .hasMessage("Requested resource not found");
        }
        failing("PutItem", "{'TableName':'nope','Item':{'pk':{'S':'a'}}}")
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void badTableNamesAreValidationErrors() {
        failing("GetItem", "{'TableName':'ab','Key':{'pk':{'S':'a'}}}")
                .hasMessage("TableName must be at least 3 characters long and at most 255 characters long");
        failing("GetItem", "{'TableName':'ab c','Key':{'pk':{'S':'a'}}}")
                .hasMessageContaining("Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
        failing("GetItem", "{'Key':{'pk':{'S':'a'}}}")
                .hasMessageContaining("Value null at 'tableName' failed to satisfy constraint: Member must not be null");
    }

    @Test
    void keysAreCheckedAgainstTheSchema() {
        failing("GetItem", "{'TableName':'range','Key':{'pk':{'S':'a'}}}")
                .hasMessage("The provided key element does not match the schema");
        failing("DeleteItem", "{'TableName':'hash','Key':{'pk':{'N':'1'}}}")
                .hasMessage("One or more parameter values were invalid: Type mismatch for key");
        failing("GetItem", "{'TableName':'range','Key':{'pk':{'S':'a'},'sk':{'S':'1'}}}")
                .hasMessage("One or more parameter values were invalid: Type mismatch for key");
        failing("PutItem", "{'TableName':'range','Item':{'pk':{'S':'a'}}}")
                .hasMessage("One or more parameter values were invalid: Missing the key sk in the item");
        failing("PutItem", "{'TableName':'range','Item':{'pk':{'S':'a'},'sk':{'S':'1'}}}")
                .hasMessage("One or more parameter values were invalid: Type mismatch for key sk expected: N actual: S");
        failing("PutItem", "{'TableName':'hash','Item':{'pk':{'S':''}}}")
                .hasMessageEndingWith("cannot contain an empty string value. Key: pk");
    }

    @Test
    void attributeValueErrorsReachTheClient() {
        failing("PutItem", "{'TableName':'hash','Item':{'pk':{'S':'a'},'s':{'SS':[]}}}")
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: An string set  may not be empty");
        failing("PutItem", "{'TableName':'hash','Item':{'pk':{'S':'a','N':'1'}}}")
                .hasMessageStartingWith("Supplied AttributeValue has more than one datatypes set");
        failing("PutItem", "{'TableName':'hash','Item':{'pk':{'S':1}}}")
                .isInstanceOf(SerializationException.class);
        failing("PutItem", "{'TableName':5,'Item':{'pk':{'S':'a'}}}")
                .isInstanceOf(SerializationException.class);
        failing("PutItem", "{'TableName':'hash','Item':{'pk':{'S':'a'},'':{'S':'x'}}}")
                .hasMessage("Empty attribute name");
    }

    @Test
    void itemsOver400KbAreRejected() {
        failing("PutItem", "{'TableName':'hash','Item':{'pk':{'S':'a'},'v':{'S':'" + "x".repeat(400 * 1024) + "'}}}")
                .hasMessage("Item size has exceeded the maximum allowed size");
    }

    @Test
    void deleteReturnsTheOldItemAndDeletingNothingSucceeds() {
        put("range", "{'pk':{'S':'a'},'sk':{'N':'1'},'v':{'BOOL':true}}");
        JsonNode deleted = call("DeleteItem", "{'TableName':'range','Key':{'pk':{'S':'a'},'sk':{'N':'1.0'}},"
                + "'ReturnValues':'ALL_OLD','ReturnConsumedCapacity':'TOTAL','ReturnItemCollectionMetrics':'SIZE'}");
        assertThat(deleted.get("Attributes")).isEqualTo(json("{'pk':{'S':'a'},'sk':{'N':'1'},'v':{'BOOL':true}}"));
        assertThat(deleted.at("/ConsumedCapacity/CapacityUnits").doubleValue()).isEqualTo(1.0);
        assertThat(call("GetItem", "{'TableName':'range','Key':{'pk':{'S':'a'},'sk':{'N':'1'}}}").has("Item")).isFalse();
        assertThat(call("DeleteItem", "{'TableName':'range','Key':{'pk':{'S':'a'},'sk':{'N':'1'}},"
                + "'ReturnValues':'ALL_OLD'}").has("Attributes")).isFalse();
    }

    @Test
    void updateWithoutAnUpdateCreatesTheKeyOnlyItem() {
        JsonNode response = call("UpdateItem", "{'TableName':'hash','Key':{'pk':{'S':'k'}},'ReturnValues':'ALL_NEW'}");
        assertThat(response.get("Attributes")).isEqualTo(json("{'pk':{'S':'k'}}"));
        assertThat(call("GetItem", "{'TableName':'hash','Key':{'pk':{'S':'k'}}}").get("Item"))
                .isEqualTo(json("{'pk':{'S':'k'}}"));
    }

    @Test
    void expressionNamesAndValuesNeedExpressions() {
        failing("GetItem", "{'TableName':'hash','Key':{'pk':{'S':'a'}},'ExpressionAttributeNames':{'#a':'a'}}")
                .hasMessage("ExpressionAttributeNames can only be specified when using expressions");
        failing("PutItem", "{'TableName':'hash','Item':{'pk':{'S':'a'}},'ExpressionAttributeValues':{':a':{'S':'a'}}}")
                .hasMessage("ExpressionAttributeValues can only be specified when using expressions: "
                        + "ConditionExpression is null");
        failing("UpdateItem", "{'TableName':'hash','Key':{'pk':{'S':'a'}},'ExpressionAttributeValues':{':a':{'S':'a'}}}")
                .hasMessage("ExpressionAttributeValues can only be specified when using expressions: "
                        + "UpdateExpression and ConditionExpression are null");
        failing("PutItem", "{'TableName':'hash','Item':{'pk':{'S':'a'}},'ConditionExpression':'attribute_exists(a)',"
                + "'ExpressionAttributeNames':{}}")
                .hasMessage("ExpressionAttributeNames must not be empty");
    }

    @Test
    void expressionAndLegacyParametersCannotBeMixed() {
        failing("GetItem", "{'TableName':'hash','Key':{'pk':{'S':'a'}},'AttributesToGet':['a'],"
                + "'ProjectionExpression':'a'}")
                .hasMessage("Can not use both expression and non-expression parameters in the same request: "
                        + "Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}");
        failing("PutItem", "{'TableName':'hash','Item':{'pk':{'S':'a'}},'Expected':{'a':{'Exists':false}},"
                + "'ConditionExpression':'attribute_not_exists(a)'}")
                .hasMessageStartingWith("Can not use both expression and non-expression parameters");
    }

    @Test
    void transactionsAndPartiqlAnswerWithAClearError() {
        for (String op : ItemHandlers.NOT_YET_SUPPORTED) {
            failing(op, "{}").isInstanceOf(NotImplementedYetException.class)
                    .hasMessage(op + " is not supported by CairnDB yet");
        }
        failing("NoSuchOperation", "{}").isInstanceOf(UnknownOperationException.class);
    }
}
