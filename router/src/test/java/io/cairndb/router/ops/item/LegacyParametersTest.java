package io.cairndb.router.ops.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cairndb.engine.error.ConditionalCheckFailedException;
import io.cairndb.engine.error.ValidationException;
import org.junit.jupiter.api.Test;

/** The legacy parameters older SDKs still send, through the item operations. */
class LegacyParametersTest extends ItemApiTestBase {

    private void fillPartition(int count) {
        for (int i = 1; i <= count; i++) {
            put("range", "{'pk':{'S':'p'},'sk':{'N':'" + i + "'},'tag':{'S':'" + (i % 2 == 0 ? "even" : "odd") + "'}}");
        }
    }

    @Test
    void expectedExistsFalseMakesPutConditional() {
        String request = "{'TableName':'hash','Item':{'pk':{'S':'a'}},'Expected':{'pk':{'Exists':false}}}";
        call("PutItem", request);
        assertThatThrownBy(() -> call("PutItem", request)).isInstanceOf(ConditionalCheckFailedException.class);
    }

    @Test
    void expectedWithComparisonOperatorsAndOr() {
        put("hash", "{'pk':{'S':'a'},'n':{'N':'5'}}");
        call("DeleteItem", "{'TableName':'hash','Key':{'pk':{'S':'a'}},'ConditionalOperator':'OR','Expected':{"
                + "'n':{'ComparisonOperator':'GT','AttributeValueList':[{'N':'100'}]},"
                + "'missing':{'ComparisonOperator':'NULL'}}}");
        assertThat(call("GetItem", "{'TableName':'hash','Key':{'pk':{'S':'a'}}}").has("Item")).isFalse();
    }

    @Test
    void conditionalOperatorNeedsSeveralEntries() {
        assertThatThrownBy(() -> call("PutItem", "{'TableName':'hash','Item':{'pk':{'S':'a'}},'ConditionalOperator':'AND'}"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("ConditionalOperator cannot be used without Filter or Expected");
        failing("PutItem", "{'TableName':'hash','Item':{'pk':{'S':'a'}},'ConditionalOperator':'XOR'}")
                .hasMessageContaining("Member must satisfy enum value set: [AND, OR]");
    }

    @Test
    void attributesToGetProjectsTopLevelAttributes() {
        put("hash", "{'pk':{'S':'a'},'x':{'S':'1'},'y':{'S':'2'}}");
        assertThat(call("GetItem", "{'TableName':'hash','Key':{'pk':{'S':'a'}},'AttributesToGet':['x']}").get("Item"))
                .isEqualTo(json("{'x':{'S':'1'}}"));
        failing("GetItem", "{'TableName':'hash','Key':{'pk':{'S':'a'}},'AttributesToGet':['x','x']}")
                .hasMessage("One or more parameter values were invalid: Duplicate value in attribute name: x");
    }

    @Test
    void keyConditionsAndQueryFilter() {
        fillPartition(6);
        JsonNode response = call("Query", "{'TableName':'range','KeyConditions':{"
                + "'pk':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'p'}]},"
                + "'sk':{'ComparisonOperator':'GE','AttributeValueList':[{'N':'2'}]}},"
                + "'QueryFilter':{'tag':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'even'}]}}}");
        assertThat(sortKeys(response.get("Items"))).containsExactly("2", "4", "6");
        assertThat(response.get("ScannedCount").intValue()).isEqualTo(5);
        failing("Query", "{'TableName':'range','KeyConditions':{'pk':{'AttributeValueList':[{'S':'p'}]}}}")
                .hasMessageContaining("Value null at 'keyConditions.pk.member.comparisonOperator' failed to satisfy "
                        + "constraint: Member must not be null");
    }

    @Test
    void keyConditionsCombineWithFilterAndProjectionExpressions() {
        fillPartition(4);
        JsonNode response = call("Query", "{'TableName':'range','KeyConditions':{"
                + "'pk':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'p'}]}},"
                + "'FilterExpression':'tag = :t','ExpressionAttributeValues':{':t':{'S':'even'}},"
                + "'ProjectionExpression':'#s','ExpressionAttributeNames':{'#s':'sk'}}");
        assertThat(response.get("Items")).isEqualTo(json("[{'sk':{'N':'2'}},{'sk':{'N':'4'}}]"));
        failing("Query", "{'TableName':'range','KeyConditions':{'pk':{'ComparisonOperator':'EQ',"
                + "'AttributeValueList':[{'S':'p'}]}},'KeyConditionExpression':'pk = :p','ProjectionExpression':'sk',"
                + "'ExpressionAttributeValues':{':p':{'S':'p'}}}")
                .hasMessage("Can not use both expression and non-expression parameters in the same request: "
                        + "Non-expression parameters: {KeyConditions} "
                        + "Expression parameters: {ProjectionExpression, KeyConditionExpression}");
        failing("Query", "{'TableName':'range','KeyConditions':{'pk':{'ComparisonOperator':'EQ',"
                + "'AttributeValueList':[{'S':'p'}]}},'ExpressionAttributeValues':{':p':{'S':'p'}}}")
                .hasMessage("ExpressionAttributeValues can only be specified when using expressions: "
                        + "FilterExpression and KeyConditionExpression are null");
    }

    @Test
    void scanFilterWithOr() {
        fillPartition(4);
        JsonNode response = call("Scan", "{'TableName':'range','ConditionalOperator':'OR','ScanFilter':{"
                + "'sk':{'ComparisonOperator':'EQ','AttributeValueList':[{'N':'1'}]},"
                + "'tag':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'even'}]}}}");
        assertThat(response.get("Count").intValue()).isEqualTo(3);
    }

    @Test
    void attributeUpdatesPutAddAndDelete() {
        put("hash", "{'pk':{'S':'a'},'n':{'N':'1'},'s':{'SS':['x','y']},'gone':{'S':'g'}}");
        JsonNode response = call("UpdateItem", "{'TableName':'hash','Key':{'pk':{'S':'a'}},'AttributeUpdates':{"
                + "'n':{'Action':'ADD','Value':{'N':'2'}},'s':{'Action':'DELETE','Value':{'SS':['x']}},"
                + "'gone':{'Action':'DELETE'},'new':{'Value':{'S':'v'}}},'ReturnValues':'ALL_NEW'}");
        assertThat(response.get("Attributes"))
                .isEqualTo(json("{'pk':{'S':'a'},'n':{'N':'3'},'s':{'SS':['y']},'new':{'S':'v'}}"));
        failing("UpdateItem", "{'TableName':'hash','Key':{'pk':{'S':'a'}},'AttributeUpdates':{"
                + "'n':{'Action':'SWAP','Value':{'N':'2'}}}}")
                .hasMessageContaining("Member must satisfy enum value set: [ADD, PUT, DELETE]");
    }
}
