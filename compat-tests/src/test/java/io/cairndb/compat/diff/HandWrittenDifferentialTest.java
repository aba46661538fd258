package io.cairndb.compat.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.compat.fixture.Target;
import io.cairndb.compat.fixture.TargetServers;
import io.cairndb.compat.fixture.TargetServersExtension;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-written differential cases: request sequences chosen for the corners where implementations
 * tend to differ (number canonical form, sort orders, size and capacity arithmetic, page limits,
 * error precedence). Each case runs on a fresh table on both targets; any difference not explained by
 * {@link KnownDifferences} fails the case.
 */
@ExtendWith(TargetServersExtension.class)
class HandWrittenDifferentialTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static int tableCounter;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("numbers are canonical at top level and in sets", List.of(
                        put("{'pk':{'S':'a'},'n':{'N':'0001.500'},'z':{'N':'-0'},'e':{'N':'1.0E+3'},'ns':{'NS':['1.0','2e1','-0.5']}}"),
                        op("GetItem", "{'Key':{'pk':{'S':'a'}},'ConsistentRead':true}"))),
                Arguments.of("capacity follows item size across the 1 KB and 4 KB boundaries", List.of(
                        put("{'pk':{'S':'a'},'v':{'S':'" + "x".repeat(1019) + "'}}", "'ReturnConsumedCapacity':'TOTAL'"),
                        put("{'pk':{'S':'b'},'v':{'S':'" + "x".repeat(1020) + "'}}", "'ReturnConsumedCapacity':'TOTAL'"),
                        put("{'pk':{'S':'c'},'v':{'S':'" + "x".repeat(4093) + "'}}", "'ReturnConsumedCapacity':'TOTAL'"),
                        op("GetItem", "{'Key':{'pk':{'S':'b'}},'ReturnConsumedCapacity':'TOTAL'}"),
                        op("GetItem", "{'Key':{'pk':{'S':'c'}},'ConsistentRead':true,'ReturnConsumedCapacity':'TOTAL'}"),
                        op("DeleteItem", "{'Key':{'pk':{'S':'c'}},'ReturnConsumedCapacity':'TOTAL'}"))),
                Arguments.of("conditions on missing attributes and type mismatches", List.of(
                        put("{'pk':{'S':'a'},'n':{'N':'5'},'s':{'S':'x'}}"),
                        op("PutItem", "{'Item':{'pk':{'S':'a'}},'ConditionExpression':'missing < :v','ExpressionAttributeValues':{':v':{'N':'1'}}}"),
                        op("PutItem", "{'Item':{'pk':{'S':'a'}},'ConditionExpression':'s < :v','ExpressionAttributeValues':{':v':{'N':'1'}}}"),
                        op("PutItem", "{'Item':{'pk':{'S':'a'}},'ConditionExpression':'NOT s = :v AND size(s) = :one','ExpressionAttributeValues':{':v':{'N':'1'},':one':{'N':'1'}},'ReturnValues':'ALL_OLD'}"),
                        op("DeleteItem", "{'Key':{'pk':{'S':'a'}},'ConditionExpression':'n IN (:a, :b)','ExpressionAttributeValues':{':a':{'N':'4'},':b':{'N':'6'}},'ReturnValuesOnConditionCheckFailure':'ALL_OLD'}"))),
                Arguments.of("update arithmetic, list and set edge cases", List.of(
                        put("{'pk':{'S':'a'},'n':{'N':'99999999999999999999999999999999999999'},'l':{'L':[{'N':'1'}]},'ss':{'SS':['a']}}"),
                        op("UpdateItem", "{'Key':{'pk':{'S':'a'}},'UpdateExpression':'SET n = n + :one','ExpressionAttributeValues':{':one':{'N':'1'}}}"),
                        op("UpdateItem", "{'Key':{'pk':{'S':'a'}},'UpdateExpression':'SET l[5] = :v','ExpressionAttributeValues':{':v':{'S':'end'}},'ReturnValues':'ALL_NEW'}"),
                        op("UpdateItem", "{'Key':{'pk':{'S':'a'}},'UpdateExpression':'DELETE ss :a','ExpressionAttributeValues':{':a':{'SS':['a']}},'ReturnValues':'ALL_NEW'}"),
                        op("UpdateItem", "{'Key':{'pk':{'S':'a'}},'UpdateExpression':'ADD l :v','ExpressionAttributeValues':{':v':{'N':'1'}}}"),
                        op("UpdateItem", "{'Key':{'pk':{'S':'a'}},'UpdateExpression':'SET m.x = :v','ExpressionAttributeValues':{':v':{'N':'1'}}}"),
                        op("UpdateItem", "{'Key':{'pk':{'S':'a'}},'UpdateExpression':'REMOVE l[0], l[9]','ReturnValues':'UPDATED_OLD'}"))),
                Arguments.of("scan pages stop at 1 MB before the filter", bigItems()),
                Arguments.of("expression syntax and placeholder errors", List.of(
                        op("GetItem", "{'Key':{'pk':{'S':'a'}},'ProjectionExpression':'a, a'}"),
                        op("GetItem", "{'Key':{'pk':{'S':'a'}},'ProjectionExpression':'#x','ExpressionAttributeNames':{'#x':'a','#y':'b'}}"),
                        op("PutItem", "{'Item':{'pk':{'S':'a'}},'ConditionExpression':'a BETWEEN :hi AND :lo','ExpressionAttributeValues':{':hi':{'N':'9'},':lo':{'N':'1'}}}"),
                        op("UpdateItem", "{'Key':{'pk':{'S':'a'}},'UpdateExpression':'SET a = :v REMOVE a','ExpressionAttributeValues':{':v':{'N':'1'}}}"),
                        op("UpdateItem", "{'Key':{'pk':{'S':'a'}},'UpdateExpression':'SET pk = :v','ExpressionAttributeValues':{':v':{'S':'b'}}}"),
                        op("Scan", "{'FilterExpression':'attribute_type(a, :t)','ExpressionAttributeValues':{':t':{'S':'XX'}}}"))));
    }

    /** Cases that once showed open CairnDB differences (number limits: fixed, now DynamoDB Local's wordings). */
    static Stream<Arguments> casesWithOpenDifferences() {
        return Stream.of(
                Arguments.of("number limits", List.of(
                        put("{'pk':{'S':'a'},'n':{'N':'9.9999999999999999999999999999999999999E+125'}}"),
                        put("{'pk':{'S':'b'},'n':{'N':'1E+126'}}"),
                        put("{'pk':{'S':'c'},'n':{'N':'1E-130'}}"),
                        put("{'pk':{'S':'d'},'n':{'N':'1E-131'}}"),
                        put("{'pk':{'S':'e'},'n':{'N':'12345678901234567890123456789012345678'}}"),
                        put("{'pk':{'S':'f'},'n':{'N':'123456789012345678901234567890123456789'}}"))));
    }

    private static List<DiffOperation> bigItems() {
        List<DiffOperation> operations = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            operations.add(put("{'pk':{'S':'k" + i + "'},'blob':{'S':'" + "y".repeat(100_000) + "'}}"));
        }
        operations.add(DiffOperation.scanAllPages(json("{'FilterExpression':'attribute_not_exists(#b)','ExpressionAttributeNames':{'#b':'blob'}}")));
        operations.add(DiffOperation.scanAllPages(json("{'Select':'COUNT','ReturnConsumedCapacity':'TOTAL'}")));
        return operations;
    }

    private static ObjectNode json(String singleQuoted) {
        try {
            return (ObjectNode) JSON.readTree(singleQuoted.replace('\'', '"'));
        } catch (IOException e) {
            throw new IllegalArgumentException(singleQuoted, e);
        }
    }

    private static DiffOperation op(String operation, String request) {
        return DiffOperation.single(operation, json(request));
    }

    private static DiffOperation put(String item, String... extraFields) {
        String extra = extraFields.length == 0 ? "" : "," + String.join(",", extraFields);
        return op("PutItem", "{'Item':" + item + extra + "}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersMatchDynamoDbLocal(String name, List<DiffOperation> operations, TargetServers servers) {
        runCase(name, operations, servers);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("casesWithOpenDifferences")
    void answersWithOpenDifferencesMatchDynamoDbLocal(String name, List<DiffOperation> operations, TargetServers servers) {
        runCase(name, operations, servers);
    }

    private static void runCase(String name, List<DiffOperation> operations, TargetServers servers) {
        String table = "hand_" + ProcessHandle.current().pid() + "_" + (++tableCounter);
        ObjectNode create = json("{'TableName':'" + table + "','AttributeDefinitions':[{'AttributeName':'pk','AttributeType':'S'}],"
                + "'KeySchema':[{'AttributeName':'pk','KeyType':'HASH'}],'BillingMode':'PAY_PER_REQUEST'}");
        try (WireClient reference = new WireClient(servers.endpoint(Target.DYNAMODB_LOCAL), JSON);
                WireClient candidate = new WireClient(servers.endpoint(Target.CAIRN), JSON)) {
            DifferentialRunner runner = new DifferentialRunner(reference, candidate);
            // The table is the stage, not the subject (CreateTable is compared by the random run).
            assertThat(reference.send("CreateTable", create).status()).isEqualTo(200);
            assertThat(candidate.send("CreateTable", create).status()).isEqualTo(200);
            int index = 1;
            for (DiffOperation operation : operations) {
                operation.request().put("TableName", table);
                runner.run(name, index++, operation);
            }
            reference.send("DeleteTable", json("{'TableName':'" + table + "'}"));
            candidate.send("DeleteTable", json("{'TableName':'" + table + "'}"));
            assertThat(runner.unexplained()).as("%s", runner.unexplained()).isEmpty();
        }
    }
}
