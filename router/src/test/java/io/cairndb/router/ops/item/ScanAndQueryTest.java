package io.cairndb.router.ops.item;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cairndb.engine.error.ValidationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scan paging, segments and Select, and the Query/Scan request errors that need no expression. */
class ScanAndQueryTest extends ItemApiTestBase {
    private static final int ITEMS = 30;

    @BeforeEach
    void fill() {
        for (int i = 0; i < ITEMS; i++) {
            put("hash", "{'pk':{'S':'k" + i + "'},'n':{'N':'" + i + "'}}");
        }
    }

    private Set<String> keysOf(JsonNode items) {
        Set<String> keys = new HashSet<>();
        items.forEach(item -> keys.add(item.at("/pk/S").textValue()));
        return keys;
    }

    /** DynamoDB Local's order: FilterExpression, ProjectionExpression, key condition, unused placeholders, Select. */
    @Test
    void queryReportsErrorsInDynamoDbLocalsOrder() {
        failing("Query", "{'TableName':'range','KeyConditionExpression':'pk = :p AND begins_with(sk, :n)',"
                + "'FilterExpression':'x = :undefined','ExpressionAttributeValues':{':p':{'S':'p'},':n':{'N':'1'}}}")
                .hasMessage("Invalid FilterExpression: An expression attribute value used in expression is not defined; "
                        + "attribute value: :undefined");
        failing("Query", "{'TableName':'range','KeyConditionExpression':'pk = :p AND begins_with(sk, :n)',"
                + "'ProjectionExpression':'#undefined','ExpressionAttributeValues':{':p':{'S':'p'},':n':{'N':'1'}}}")
                .hasMessage("Invalid ProjectionExpression: An expression attribute name used in the document path is "
                        + "not defined; attribute name: #undefined");
        failing("Query", "{'TableName':'range','KeyConditionExpression':'pk = :p','Select':'COUNT',"
                + "'ProjectionExpression':'x','ExpressionAttributeValues':{':p':{'S':'p'},':unused':{'S':'p'}}}")
                .hasMessage("Value provided in ExpressionAttributeValues unused in expressions: keys: {:unused}");
        failing("Scan", "{'TableName':'range','Select':'COUNT','ProjectionExpression':'x','FilterExpression':'x = :u'}")
                .hasMessage("Invalid FilterExpression: An expression attribute value used in expression is not defined; "
                        + "attribute value: :u");
    }

    @Test
    void scanReturnsEveryItemWithCounts() {
        JsonNode response = call("Scan", "{'TableName':'hash','ReturnConsumedCapacity':'TOTAL'}");
        assertThat(response.get("Count").intValue()).isEqualTo(ITEMS);
        assertThat(response.get("ScannedCount").intValue()).isEqualTo(ITEMS);
        assertThat(keysOf(response.get("Items"))).hasSize(ITEMS);
        assertThat(response.has("LastEvaluatedKey")).isFalse();
        assertThat(response.at("/ConsumedCapacity/CapacityUnits").doubleValue()).isEqualTo(0.5);
    }

    @Test
    void limitPagesThroughAllItemsWithExclusiveStartKey() {
        Set<String> seen = new HashSet<>();
        List<Integer> pageSizes = new ArrayList<>();
        String startKey = null;
        do {
            String request = "{'TableName':'hash','Limit':7"
                    + (startKey == null ? "" : ",'ExclusiveStartKey':" + startKey.replace('"', '\'')) + "}";
            JsonNode page = call("Scan", request);
            pageSizes.add(page.get("Count").intValue());
            seen.addAll(keysOf(page.get("Items")));
            startKey = page.has("LastEvaluatedKey") ? page.get("LastEvaluatedKey").toString() : null;
        } while (startKey != null && pageSizes.size() < 20);
        assertThat(seen).hasSize(ITEMS);
        assertThat(pageSizes.subList(0, 4)).containsOnly(7);
    }

    @Test
    void segmentsSplitTheTableWithoutOverlap() {
        Set<String> union = new HashSet<>();
        int total = 0;
        for (int segment = 0; segment < 4; segment++) {
            JsonNode page = call("Scan", "{'TableName':'hash','Segment':" + segment + ",'TotalSegments':4}");
            total += page.get("Count").intValue();
            union.addAll(keysOf(page.get("Items")));
        }
        assertThat(total).isEqualTo(ITEMS);
        assertThat(union).hasSize(ITEMS);
    }

    @Test
    void selectCountReturnsNoItems() {
        JsonNode response = call("Scan", "{'TableName':'hash','Select':'COUNT'}");
        assertThat(response.has("Items")).isFalse();
        assertThat(response.get("Count").intValue()).isEqualTo(ITEMS);
    }

    @Test
    void segmentErrors() {
        // DynamoDB Local's wordings (DynamoDB does not document them).
        failing("Scan", "{'TableName':'hash','Segment':1}")
                .hasMessage("If segment is specified, total segment must also be specified");
        failing("Scan", "{'TableName':'hash','TotalSegments':2}")
                .hasMessage("If total segments is specified, a particular segment must also be specified for this request");
        failing("Scan", "{'TableName':'hash','Segment':2,'TotalSegments':2}")
                .hasMessage("The Segment parameter is zero-based and must be less than parameter TotalSegments: "
                        + "Segment: 2 is not less than TotalSegments: 2");
        failing("Scan", "{'TableName':'hash','Segment':-1,'TotalSegments':1000001}")
                .hasMessageStartingWith("2 validation errors detected: ")
                .hasMessageContaining("Value '1000001' at 'totalSegments' failed to satisfy constraint: "
                        + "Member must have value less than or equal to 1000000");
    }

    @Test
    void limitMustBePositive() {
        for (String op : new String[] {"Scan", "Query"}) {
            failing(op, "{'TableName':'hash','Limit':0}")
                    .hasMessage("1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: "
                            + "Member must have value greater than or equal to 1");
        }
    }

    @Test
    void selectRules() {
        failing("Scan", "{'TableName':'hash','Select':'SPECIFIC_ATTRIBUTES'}")
                .hasMessage("Must specify the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES");
        failing("Scan", "{'TableName':'hash','Select':'ALL_PROJECTED_ATTRIBUTES'}")
                .hasMessage("ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
        // a projection is reported first (DynamoDB Local)
        failing("Scan", "{'TableName':'hash','Select':'ALL_PROJECTED_ATTRIBUTES','AttributesToGet':['x']}")
                .hasMessage("Cannot specify the AttributesToGet when choosing to get ALL_PROJECTED_ATTRIBUTES");
        failing("Scan", "{'TableName':'hash','Select':'ALL_ATTRIBUTES','ProjectionExpression':'pk'}")
                .hasMessage("Cannot specify the ProjectionExpression when choosing to get ALL_ATTRIBUTES");
        failing("Scan", "{'TableName':'hash','Select':'COUNT','AttributesToGet':['pk']}")
                .hasMessage("Cannot specify the AttributesToGet when choosing to get only the Count");
        failing("Scan", "{'TableName':'hash','Select':'EVERYTHING'}")
                .hasMessageContaining("Member must satisfy enum value set: "
                        + "[ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES, SPECIFIC_ATTRIBUTES, COUNT]");
    }

    @Test
    void indexesDoNotExistYet() {
        failing("Scan", "{'TableName':'hash','IndexName':'byN'}")
                .isInstanceOf(ValidationException.class)
                .hasMessage("The table does not have the specified index: byN");
    }

    @Test
    void exclusiveStartKeyMustMatchTheSchema() {
        failing("Scan", "{'TableName':'hash','ExclusiveStartKey':{'other':{'S':'a'}}}")
                .hasMessage("The provided starting key is invalid: The provided key element does not match the schema");
    }

    @Test
    void queryNeedsAKeyCondition() {
        failing("Query", "{'TableName':'hash'}")
                .hasMessage("Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
    }

    @Test
    void unknownTableIsResourceNotFound() {
        failing("Scan", "{'TableName':'missing'}").hasMessage("Requested resource not found");
        failing("Query", "{'TableName':'missing'}").hasMessage("Requested resource not found");
    }
}
