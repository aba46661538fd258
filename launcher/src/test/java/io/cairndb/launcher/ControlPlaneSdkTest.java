package io.cairndb.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeLimitsResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableClass;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.Tag;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** The control plane through the real AWS SDK for Java v2, against a server on real RocksDB storage. */
class ControlPlaneSdkTest {
    @TempDir
    static Path dataDir;
    private static CairnServer server;
    private static DynamoDbClient dynamo;

    @BeforeAll
    static void start() {
        server = CairnServer.start(dataDir, "127.0.0.1", 0);
        dynamo = DynamoDbClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")))
                .overrideConfiguration(c -> c.retryStrategy(RetryMode.STANDARD).retryStrategy(b -> b.maxAttempts(1)))
                .build();
    }

    @AfterAll
    static void stop() {
        dynamo.close();
        server.close();
    }

    @AfterEach
    void dropAll() {
        for (String name : dynamo.listTables().tableNames()) {
            dynamo.updateTable(b -> b.tableName(name).deletionProtectionEnabled(false));
            dynamo.deleteTable(b -> b.tableName(name));
        }
    }

    private static void putItems(String table, int count) {
        for (int i = 0; i < count; i++) {
            String id = "item-" + i;
            dynamo.putItem(b -> b.tableName(table).item(Map.of(
                    "pk", AttributeValue.fromS(id), "sk", AttributeValue.fromN("1"),
                    "payload", AttributeValue.fromS("x".repeat(100)))));
        }
    }

    private static CreateTableRequest.Builder hashAndRange(String name) {
        return CreateTableRequest.builder().tableName(name)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.N).build())
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build())
                .provisionedThroughput(ProvisionedThroughput.builder().readCapacityUnits(5L).writeCapacityUnits(7L).build());
    }

    private static CreateTableRequest.Builder onDemand(String name) {
        return CreateTableRequest.builder().tableName(name)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.B).build())
                .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
                .billingMode(BillingMode.PAY_PER_REQUEST);
    }

    private static String validationMessage(Runnable call) {
        try {
            call.run();
        } catch (DynamoDbException e) {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
            assertThat(e.statusCode()).isEqualTo(400);
            return e.awsErrorDetails().errorMessage();
        }
        throw new AssertionError("expected a ValidationException");
    }

    @Test
    void createAndDescribeReturnTheFullTableDescription() {
        Instant before = Instant.now().minusSeconds(1);
        CreateTableResponse created = dynamo.createTable(hashAndRange("Orders").build());
        TableDescription table = created.tableDescription();
        assertThat(table.tableName()).isEqualTo("Orders");
        assertThat(table.tableStatus()).isEqualTo(TableStatus.ACTIVE);
        assertThat(table.tableArn()).isEqualTo("arn:aws:dynamodb:us-east-1:000000000000:table/Orders");
        assertThat(table.tableId()).isNotBlank();
        assertThat(table.creationDateTime()).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(table.keySchema()).extracting(KeySchemaElement::attributeName, KeySchemaElement::keyType)
                .containsExactly(tuple("pk", KeyType.HASH),
                        tuple("sk", KeyType.RANGE));
        assertThat(table.attributeDefinitions()).extracting(AttributeDefinition::attributeType)
                .containsExactly(ScalarAttributeType.S, ScalarAttributeType.N);
        assertThat(table.provisionedThroughput().readCapacityUnits()).isEqualTo(5L);
        assertThat(table.provisionedThroughput().writeCapacityUnits()).isEqualTo(7L);
        assertThat(table.provisionedThroughput().numberOfDecreasesToday()).isZero();
        assertThat(table.billingModeSummary().billingMode()).isEqualTo(BillingMode.PROVISIONED);
        assertThat(table.deletionProtectionEnabled()).isFalse();
        assertThat(table.tableClassSummary()).isNull();

        assertThat(table.itemCount()).isZero();
        assertThat(table.tableSizeBytes()).isZero();
        putItems("Orders", 3);
        TableDescription described = dynamo.describeTable(b -> b.tableName("Orders")).table();
        assertThat(described.itemCount()).isEqualTo(3L);
        assertThat(described.tableSizeBytes()).isGreaterThan(3L * 100);
        assertThat(described.tableId()).isEqualTo(table.tableId());
        assertThat(described.creationDateTime()).isEqualTo(table.creationDateTime());
        // the table ARN is accepted where a table name is
        assertThat(dynamo.describeTable(b -> b.tableName(table.tableArn())).table().tableName()).isEqualTo("Orders");
    }

    @Test
    void createOnDemandWithClassTagsAndProtection() {
        TableDescription table = dynamo.createTable(onDemand("Events").tableClass(TableClass.STANDARD_INFREQUENT_ACCESS)
                .deletionProtectionEnabled(true)
                .tags(Tag.builder().key("team").value("storage").build()).build()).tableDescription();
        assertThat(table.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(table.provisionedThroughput().readCapacityUnits()).isZero();
        assertThat(table.tableClassSummary().tableClass()).isEqualTo(TableClass.STANDARD_INFREQUENT_ACCESS);
        assertThat(table.deletionProtectionEnabled()).isTrue();
        assertThat(dynamo.listTagsOfResource(b -> b.resourceArn(table.tableArn())).tags())
                .containsExactly(Tag.builder().key("team").value("storage").build());
    }

    @Test
    void duplicateTableIsResourceInUse() {
        dynamo.createTable(onDemand("Twice").build());
        assertThatThrownBy(() -> dynamo.createTable(onDemand("Twice").build()))
                .isInstanceOf(ResourceInUseException.class)
                .hasMessageStartingWith("Table already exists: Twice");
    }

    @Test
    void createTableValidationErrors() {
        assertThat(validationMessage(() -> dynamo.createTable(onDemand("ab").build())))
                .isEqualTo("TableName must be at least 3 characters long and at most 255 characters long");
        assertThat(validationMessage(() -> dynamo.createTable(onDemand("bad name!").build())))
                .isEqualTo("1 validation error detected: Value 'bad name!' at 'tableName' failed to satisfy constraint: "
                        + "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
        assertThat(validationMessage(() -> dynamo.createTable(hashAndRange("Tbl").provisionedThroughput((ProvisionedThroughput) null).build())))
                .isEqualTo("One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must "
                        + "both be specified when BillingMode is PROVISIONED");
        assertThat(validationMessage(() -> dynamo.createTable(hashAndRange("Tbl").billingMode(BillingMode.PAY_PER_REQUEST).build())))
                .isEqualTo("One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits "
                        + "can be specified when BillingMode is PAY_PER_REQUEST");
        assertThat(validationMessage(() -> dynamo.createTable(hashAndRange("Tbl")
                .provisionedThroughput(ProvisionedThroughput.builder().readCapacityUnits(0L).writeCapacityUnits(1L).build()).build())))
                .isEqualTo("1 validation error detected: Value '0' at 'provisionedThroughput.readCapacityUnits' failed to "
                        + "satisfy constraint: Member must have value greater than or equal to 1");
        assertThat(validationMessage(() -> dynamo.createTable(hashAndRange("Tbl").keySchema(
                KeySchemaElement.builder().attributeName("pk").keyType(KeyType.RANGE).build(),
                KeySchemaElement.builder().attributeName("sk").keyType(KeyType.HASH).build()).build())))
                .isEqualTo("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        assertThat(validationMessage(() -> dynamo.createTable(hashAndRange("Tbl").keySchema(
                KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build()).build())))
                .isEqualTo("One or more parameter values were invalid: Number of attributes in KeySchema does not "
                        + "exactly match number of attributes defined in AttributeDefinitions");
        assertThat(validationMessage(() -> dynamo.createTable(onDemand("Tbl").keySchema(
                KeySchemaElement.builder().attributeName("other").keyType(KeyType.HASH).build()).build())))
                .isEqualTo("One or more parameter values were invalid: Some index key attributes are not defined in "
                        + "AttributeDefinitions. Keys: [other], AttributeDefinitions: [id]");
        assertThat(validationMessage(() -> dynamo.createTable(hashAndRange("Tbl").keySchema(
                KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                KeySchemaElement.builder().attributeName("pk").keyType(KeyType.RANGE).build()).build())))
                .isEqualTo("Both the Hash Key and the Range Key element in the KeySchema have the same name");
        assertThat(validationMessage(() -> dynamo.createTable(onDemand("Tbl").attributeDefinitions(
                AttributeDefinition.builder().attributeName("id").attributeType("BOOL").build()).build())))
                .isEqualTo("1 validation error detected: Value 'BOOL' at 'attributeDefinitions.1.member.attributeType' "
                        + "failed to satisfy constraint: Member must satisfy enum value set: [B, N, S]");
        assertThat(validationMessage(() -> dynamo.createTable(onDemand("Tbl")
                .tags(Tag.builder().key("aws:reserved").value("x").build()).build())))
                .contains("aws:");
        assertThat(dynamo.listTables().tableNames()).isEmpty();
    }

    @Test
    void throughputAboveTheTableQuotaIsRejected() {
        assertThat(validationMessage(() -> dynamo.createTable(hashAndRange("Big")
                .provisionedThroughput(ProvisionedThroughput.builder().readCapacityUnits(40_001L).writeCapacityUnits(1L).build())
                .build())))
                .isEqualTo("Cannot increase provisioned throughput to more than 40,000 units per table");
        assertThat(validationMessage(() -> dynamo.createTable(hashAndRange("Big")
                .provisionedThroughput(ProvisionedThroughput.builder().readCapacityUnits(1L).writeCapacityUnits(10_000_000_000_000L).build())
                .build())))
                .isEqualTo("Given value 10000000000000 for WriteCapacityUnits is out of bounds");
        assertThat(validationMessage(() -> dynamo.createTable(b -> b.tableName("NoName").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)).tableName(null))))
                .isEqualTo("1 validation error detected: Value null at 'tableName' failed to satisfy constraint: "
                        + "Member must not be null");
    }

    @Test
    void featuresOfLaterIssuesAreRejectedClearly() {
        assertThatThrownBy(() -> dynamo.createTable(onDemand("Streamed")
                .streamSpecification(s -> s.streamEnabled(true).streamViewType("NEW_IMAGE")).build()))
                .isInstanceOf(DynamoDbException.class)
                .hasMessageContaining("is not supported by CairnDB yet");
        assertThatThrownBy(() -> dynamo.createTable(onDemand("Indexed")
                .globalSecondaryIndexes(g -> g.indexName("gsi").keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                        .projection(p -> p.projectionType("ALL"))).build()))
                .isInstanceOf(DynamoDbException.class)
                .hasMessageContaining("Global secondary indexes (GlobalSecondaryIndexes) is not supported by CairnDB yet");
        assertThatThrownBy(() -> dynamo.createTable(onDemand("Encrypted").sseSpecification(s -> s.enabled(true)).build()))
                .isInstanceOf(DynamoDbException.class)
                .hasMessageContaining("KMS");
        dynamo.createTable(onDemand("Plain").build());
        assertThatThrownBy(() -> dynamo.updateTimeToLive(b -> b.tableName("Plain")
                .timeToLiveSpecification(t -> t.enabled(true).attributeName("ttl"))))
                .isInstanceOf(DynamoDbException.class)
                .hasMessageContaining("UpdateTimeToLive is not supported by CairnDB yet");
        assertThat(dynamo.describeTimeToLive(b -> b.tableName("Plain")).timeToLiveDescription().timeToLiveStatus())
                .isEqualTo(TimeToLiveStatus.DISABLED);
        assertThat(dynamo.listTables().tableNames()).containsExactly("Plain");
    }

    @Test
    void listTablesPaginates() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String name = "Page" + i;
            names.add(name);
            dynamo.createTable(onDemand(name).build());
        }
        ListTablesResponse first = dynamo.listTables(b -> b.limit(3));
        assertThat(first.tableNames()).containsExactly("Page0", "Page1", "Page2");
        assertThat(first.lastEvaluatedTableName()).isEqualTo("Page2");
        ListTablesResponse second = dynamo.listTables(b -> b.limit(3).exclusiveStartTableName("Page2"));
        assertThat(second.tableNames()).containsExactly("Page3", "Page4", "Page5");
        ListTablesResponse last = dynamo.listTables(b -> b.limit(3).exclusiveStartTableName("Page5"));
        assertThat(last.tableNames()).containsExactly("Page6");
        assertThat(last.lastEvaluatedTableName()).isNull();
        // a full page names its last table even when it is the last one (DynamoDB, DynamoDB Local)
        ListTablesResponse full = dynamo.listTables(b -> b.limit(7));
        assertThat(full.tableNames()).containsExactlyElementsOf(names);
        assertThat(full.lastEvaluatedTableName()).isEqualTo("Page6");
        assertThat(dynamo.listTables(b -> b.exclusiveStartTableName("Page6")).tableNames()).isEmpty();
        // the SDK paginator follows LastEvaluatedTableName to the end
        assertThat(dynamo.listTablesPaginator(b -> b.limit(2)).tableNames()).containsExactlyElementsOf(names);
        assertThat(validationMessage(() -> dynamo.listTables(b -> b.limit(101))))
                .isEqualTo("1 validation error detected: Value '101' at 'limit' failed to satisfy constraint: "
                        + "Member must have value less than or equal to 100");
    }

    @Test
    void updateTableChangesThroughputBillingClassAndProtection() {
        dynamo.createTable(hashAndRange("Upd").build());
        TableDescription raised = dynamo.updateTable(b -> b.tableName("Upd")
                .provisionedThroughput(p -> p.readCapacityUnits(10L).writeCapacityUnits(7L))).tableDescription();
        assertThat(raised.provisionedThroughput().readCapacityUnits()).isEqualTo(10L);
        assertThat(raised.provisionedThroughput().lastIncreaseDateTime()).isNotNull();
        assertThat(raised.provisionedThroughput().lastDecreaseDateTime()).isNull();

        TableDescription lowered = dynamo.updateTable(b -> b.tableName("Upd")
                .provisionedThroughput(p -> p.readCapacityUnits(2L).writeCapacityUnits(7L))).tableDescription();
        assertThat(lowered.provisionedThroughput().lastDecreaseDateTime()).isNotNull();
        assertThat(lowered.provisionedThroughput().numberOfDecreasesToday()).isEqualTo(1L);

        assertThat(validationMessage(() -> dynamo.updateTable(b -> b.tableName("Upd")
                .provisionedThroughput(p -> p.readCapacityUnits(2L).writeCapacityUnits(7L)))))
                .startsWith("The provisioned throughput for the table will not change. The requested value equals the "
                        + "current value. Current ReadCapacityUnits provisioned for the table: 2. Requested "
                        + "ReadCapacityUnits: 2.");

        TableDescription onDemand = dynamo.updateTable(b -> b.tableName("Upd").billingMode(BillingMode.PAY_PER_REQUEST))
                .tableDescription();
        assertThat(onDemand.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(validationMessage(() -> dynamo.updateTable(b -> b.tableName("Upd").billingMode(BillingMode.PROVISIONED))))
                .isEqualTo("One or more parameter values were invalid: ProvisionedThroughput must be specified when "
                        + "BillingMode is PROVISIONED");
        dynamo.updateTable(b -> b.tableName("Upd").billingMode(BillingMode.PROVISIONED)
                .provisionedThroughput(p -> p.readCapacityUnits(3L).writeCapacityUnits(4L)));

        TableDescription changed = dynamo.updateTable(b -> b.tableName("Upd")
                .tableClass(TableClass.STANDARD_INFREQUENT_ACCESS).deletionProtectionEnabled(true)).tableDescription();
        assertThat(changed.tableClassSummary().tableClass()).isEqualTo(TableClass.STANDARD_INFREQUENT_ACCESS);
        assertThat(changed.deletionProtectionEnabled()).isTrue();
        TableDescription described = dynamo.describeTable(b -> b.tableName("Upd")).table();
        assertThat(described.provisionedThroughput().readCapacityUnits()).isEqualTo(3L);
        assertThat(described.deletionProtectionEnabled()).isTrue();

        assertThat(validationMessage(() -> dynamo.updateTable(b -> b.tableName("Upd"))))
                .startsWith("At least one of ProvisionedThroughput, BillingMode");
        assertThat(validationMessage(() -> dynamo.updateTable(b -> b.tableName("x"))))
                .isEqualTo("TableName must be at least 3 characters long and at most 255 characters long");
        assertThatThrownBy(() -> dynamo.updateTable(b -> b.tableName("Nope").billingMode(BillingMode.PAY_PER_REQUEST)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void deleteTableDropsDataAndHonoursProtection() {
        dynamo.createTable(onDemand("Gone").deletionProtectionEnabled(true).build());
        assertThat(validationMessage(() -> dynamo.deleteTable(b -> b.tableName("Gone"))))
                .isEqualTo("Resource cannot be deleted as it is currently protected against deletion. Disable "
                        + "deletion protection first.");
        dynamo.updateTable(b -> b.tableName("Gone").deletionProtectionEnabled(false));
        dynamo.putItem(b -> b.tableName("Gone").item(Map.of("id", AttributeValue.fromB(
                SdkBytes.fromUtf8String("k")))));
        DeleteTableResponse deleted = dynamo.deleteTable(b -> b.tableName("Gone"));
        assertThat(deleted.tableDescription().tableStatus()).isEqualTo(TableStatus.DELETING);
        assertThat(deleted.tableDescription().itemCount()).isEqualTo(1L);
        assertThatThrownBy(() -> dynamo.describeTable(b -> b.tableName("Gone")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Requested resource not found: Table: Gone not found");
        assertThatThrownBy(() -> dynamo.deleteTable(b -> b.tableName("Gone")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Requested resource not found: Table: Gone not found");
        // a table re-created under the same name starts empty: the old items were dropped
        dynamo.createTable(onDemand("Gone").build());
        assertThat(dynamo.scan(b -> b.tableName("Gone")).count()).isZero();
        assertThat(dynamo.describeTable(b -> b.tableName("Gone")).table().itemCount()).isZero();
    }

    @Test
    void tagsCanBeAddedListedAndRemoved() {
        String arn = dynamo.createTable(onDemand("Tagged").build()).tableDescription().tableArn();
        dynamo.tagResource(b -> b.resourceArn(arn).tags(Tag.builder().key("a").value("1").build(),
                Tag.builder().key("b").value("2").build()));
        dynamo.tagResource(b -> b.resourceArn(arn).tags(Tag.builder().key("a").value("3").build()));
        assertThat(dynamo.listTagsOfResource(b -> b.resourceArn(arn)).tags())
                .containsExactly(Tag.builder().key("a").value("3").build(), Tag.builder().key("b").value("2").build());
        dynamo.untagResource(b -> b.resourceArn(arn).tagKeys("a", "unknown"));
        assertThat(dynamo.listTagsOfResource(b -> b.resourceArn(arn)).tags())
                .containsExactly(Tag.builder().key("b").value("2").build());

        String missing = "arn:aws:dynamodb:us-east-1:000000000000:table/Missing";
        assertThatThrownBy(() -> dynamo.listTagsOfResource(b -> b.resourceArn(missing)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Requested resource not found: ResourcArn: " + missing + " not found");
        String otherRegion = arn.replace("us-east-1", "eu-west-1");
        assertThatThrownBy(() -> dynamo.tagResource(b -> b.resourceArn(otherRegion).tags(Tag.builder().key("k").value("v").build())))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(validationMessage(() -> dynamo.tagResource(b -> b.resourceArn("not-an-arn")
                .tags(Tag.builder().key("k").value("v").build()))))
                .isEqualTo("Invalid TableArn: Invalid ResourceArn provided as input not-an-arn");

        List<Tag> tooMany = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            tooMany.add(Tag.builder().key("k" + i).value("v").build());
        }
        assertThat(validationMessage(() -> dynamo.tagResource(b -> b.resourceArn(arn).tags(tooMany))))
                .contains("50");
        assertThat(dynamo.listTagsOfResource(b -> b.resourceArn(arn)).tags()).hasSize(1);
    }

    @Test
    void describeLimitsAndEndpoints() {
        DescribeLimitsResponse limits = dynamo.describeLimits(b -> { });
        assertThat(limits.tableMaxReadCapacityUnits()).isEqualTo(40_000L);
        assertThat(limits.tableMaxWriteCapacityUnits()).isEqualTo(40_000L);
        assertThat(limits.accountMaxReadCapacityUnits()).isEqualTo(80_000L);
        assertThat(dynamo.describeEndpoints(b -> { }).endpoints()).singleElement()
                .satisfies(e -> assertThat(e.address()).isEqualTo("dynamodb.us-east-1.amazonaws.com"));
    }
}
