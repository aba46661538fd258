package io.cairndb.compat.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.compat.fixture.Target;
import io.cairndb.compat.fixture.TargetServers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DescribeLimitsResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.Tag;

/** CreateTable, DescribeTable, ListTables, UpdateTable, DeleteTable, tags, DescribeLimits and their errors. */
class ControlPlaneTest extends ApiScenario {

    ControlPlaneTest(TargetServers servers) {
        super(servers);
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void createDescribeUpdateDelete(Target target) {
        DynamoDbClient client = client(target);
        String name = TestTable.uniqueName("ctl");
        TableDescription created = client.createTable(r -> r.tableName(name)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("at").attributeType(ScalarAttributeType.N).build())
                .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("at").keyType(KeyType.RANGE).build())
                .provisionedThroughput(p -> p.readCapacityUnits(5L).writeCapacityUnits(7L))).tableDescription();
        try {
            assertThat(created.tableName()).isEqualTo(name);
            assertThat(created.keySchema()).extracting(KeySchemaElement::attributeName).containsExactly("id", "at");
            assertThat(created.provisionedThroughput().readCapacityUnits()).isEqualTo(5L);
            assertThat(created.tableArn()).startsWith("arn:aws:dynamodb:").endsWith(":table/" + name);
            assertThat(created.creationDateTime()).isNotNull();

            TableDescription described = client.describeTable(r -> r.tableName(name)).table();
            assertThat(described.tableStatus()).isEqualTo(TableStatus.ACTIVE);
            assertThat(described.itemCount()).isZero();
            assertThat(described.attributeDefinitions()).hasSize(2);
            assertThat(described.provisionedThroughput().writeCapacityUnits()).isEqualTo(7L);

            TableDescription updated = client.updateTable(r -> r.tableName(name)
                    .provisionedThroughput(p -> p.readCapacityUnits(10L).writeCapacityUnits(7L))).tableDescription();
            assertThat(updated.tableName()).isEqualTo(name);
            assertThat(client.describeTable(r -> r.tableName(name)).table().provisionedThroughput().readCapacityUnits())
                    .isEqualTo(10L);

            client.updateTable(r -> r.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST));
            assertThat(client.describeTable(r -> r.tableName(name)).table().billingModeSummary().billingMode())
                    .isEqualTo(BillingMode.PAY_PER_REQUEST);
            // When the table became on-demand: the switch just made (both targets stamp it with their clock).
            assertThat(client.describeTable(r -> r.tableName(name)).table().billingModeSummary()
                    .lastUpdateToPayPerRequestDateTime()).isNotNull()
                    .isBetween(java.time.Instant.now().minusSeconds(600), java.time.Instant.now().plusSeconds(5));

            assertError(() -> client.createTable(r -> r.tableName(name)
                            .attributeDefinitions(AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build())
                            .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
                            .billingMode(BillingMode.PAY_PER_REQUEST)),
                    ResourceInUseException.class,
                    documentedOrLocal(target, "Table already exists: " + name, "Cannot create preexisting table"));
        } finally {
            TableDescription deleted = client.deleteTable(r -> r.tableName(name)).tableDescription();
            assertThat(deleted.tableName()).isEqualTo(name);
        }
        String notFound = documentedOrLocal(target, "Requested resource not found: Table: " + name + " not found",
                "Cannot do operations on a non-existent table");
        assertError(() -> client.describeTable(r -> r.tableName(name)), ResourceNotFoundException.class, notFound);
        assertError(() -> client.deleteTable(r -> r.tableName(name)), ResourceNotFoundException.class, notFound);
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void createTableValidation(Target target) {
        DynamoDbClient client = client(target);
        String name = TestTable.uniqueName("bad");
        assertValidation(() -> client.createTable(r -> r.tableName(name)
                        .attributeDefinitions(AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build())
                        .keySchema(KeySchemaElement.builder().attributeName("other").keyType(KeyType.HASH).build())
                        .billingMode(BillingMode.PAY_PER_REQUEST)),
                documentedOrLocal(target,
                        "One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. Keys: [other], AttributeDefinitions: [id]",
                        "Hash Key not specified in Attribute Definitions.  Type unknown."));
        assertValidation(() -> client.createTable(r -> r.tableName(name)
                        .attributeDefinitions(AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build(),
                                AttributeDefinition.builder().attributeName("extra").attributeType(ScalarAttributeType.S).build())
                        .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
                        .billingMode(BillingMode.PAY_PER_REQUEST)),
                documentedOrLocal(target,
                        "One or more parameter values were invalid: Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions",
                        "The number of attributes in key schema must match the number of attributes defined in attribute definitions."));
        assertValidation(() -> client.createTable(r -> r.tableName(name)
                        .attributeDefinitions(AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build())
                        .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())),
                documentedOrLocal(target,
                        "One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED",
                        "No provisioned throughput specified for the table"));
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void listTablesPaginatesInNameOrder(Target target) {
        DynamoDbClient client = client(target);
        List<TestTable> tables = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                tables.add(TestTable.hash(client, ScalarAttributeType.S));
            }
            List<String> names = new ArrayList<>();
            String start = null;
            do {
                String from = start;
                ListTablesResponse page = client.listTables(r -> r.limit(2).exclusiveStartTableName(from));
                assertThat(page.tableNames()).hasSizeLessThanOrEqualTo(2);
                names.addAll(page.tableNames());
                start = page.lastEvaluatedTableName();
            } while (start != null);
            assertThat(names).isSorted().doesNotHaveDuplicates()
                    .containsAll(tables.stream().map(TestTable::name).toList());
        } finally {
            tables.forEach(TestTable::close);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void tagsCanBeAddedListedAndRemoved(Target target) {
        DynamoDbClient client = client(target);
        try (TestTable table = TestTable.hash(client, ScalarAttributeType.S)) {
            String arn = client.describeTable(r -> r.tableName(table.name())).table().tableArn();
            if (target.isDynamoDbLocal()) {
                // Known difference local-no-tagging: DynamoDB Local rejects every tagging call.
                DynamoDbException rejected = assertError(() -> client.tagResource(r -> r.resourceArn(arn)
                        .tags(Tag.builder().key("k").value("v").build())), DynamoDbException.class,
                        "Tagging is not currently supported in DynamoDB Local.");
                assertThat(rejected.awsErrorDetails().errorCode()).isEqualTo("UnknownOperationException");
                return;
            }
            client.tagResource(r -> r.resourceArn(arn).tags(Tag.builder().key("team").value("db").build(),
                    Tag.builder().key("env").value("test").build()));
            assertThat(client.listTagsOfResource(r -> r.resourceArn(arn)).tags())
                    .containsExactlyInAnyOrder(Tag.builder().key("team").value("db").build(), Tag.builder().key("env").value("test").build());
            client.untagResource(r -> r.resourceArn(arn).tagKeys("env"));
            assertThat(client.listTagsOfResource(r -> r.resourceArn(arn)).tags())
                    .containsExactly(Tag.builder().key("team").value("db").build());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void describeLimitsReportsAccountAndTableMaxima(Target target) {
        DescribeLimitsResponse limits = client(target).describeLimits(r -> { });
        assertThat(limits.accountMaxReadCapacityUnits()).isPositive();
        assertThat(limits.accountMaxWriteCapacityUnits()).isPositive();
        assertThat(limits.tableMaxReadCapacityUnits()).isPositive().isLessThanOrEqualTo(limits.accountMaxReadCapacityUnits());
        assertThat(limits.tableMaxWriteCapacityUnits()).isPositive().isLessThanOrEqualTo(limits.accountMaxWriteCapacityUnits());
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void describeEndpointsNamesAnEndpoint(Target target) {
        if (target.isDynamoDbLocal()) {
            // Known difference local-no-describe-endpoints: DynamoDB Local does not implement DescribeEndpoints.
            assertError(() -> client(target).describeEndpoints(r -> { }), DynamoDbException.class,
                    "An unknown operation was requested.");
            return;
        }
        var endpoints = client(target).describeEndpoints(r -> { }).endpoints();
        assertThat(endpoints).isNotEmpty();
        assertThat(endpoints.get(0).address()).isNotBlank();
        assertThat(endpoints.get(0).cachePeriodInMinutes()).isPositive();
    }
}
