package io.cairndb.router.ops.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairndb.node.storage.LocalStorage;
import io.cairndb.router.ops.OperationRegistry;
import io.cairndb.router.ops.ServiceContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * BillingModeSummary.LastUpdateToPayPerRequestDateTime: set when a table becomes on-demand (at
 * CreateTable or by UpdateTable), kept while it stays so, and persisted by the catalog.
 */
class BillingModeSummaryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEYS = "'AttributeDefinitions':[{'AttributeName':'pk','AttributeType':'S'}],"
            + "'KeySchema':[{'AttributeName':'pk','KeyType':'HASH'}]";

    @TempDir
    Path dataDir;

    /** A clock the test moves forward. */
    private static final class StepClock extends Clock {
        private Instant now = Instant.ofEpochMilli(1_795_000_000_123L);

        void advanceMillis(long millis) {
            now = now.plusMillis(millis);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static JsonNode call(OperationRegistry registry, String operation, String request) throws Exception {
        return registry.handler(operation).handle(JSON.readTree(request.replace('\'', '"')));
    }

    private static OperationRegistry registry(LocalStorage storage, Clock clock) {
        return OperationRegistry.create(new ServiceContext(storage.catalog(), storage.dataPlane(), clock,
                "us-east-1", "000000000000"));
    }

    @Test
    void onDemandTablesReportWhenTheyBecameOnDemand() throws Exception {
        StepClock clock = new StepClock();
        try (LocalStorage storage = LocalStorage.open(dataDir)) {
            OperationRegistry registry = registry(storage, clock);
            JsonNode created = call(registry, "CreateTable", "{'TableName':'ondemand'," + KEYS
                    + ",'BillingMode':'PAY_PER_REQUEST'}");
            assertThat(created.at("/TableDescription/BillingModeSummary").toString())
                    .isEqualTo("{\"BillingMode\":\"PAY_PER_REQUEST\",\"LastUpdateToPayPerRequestDateTime\":1795000000.123}");

            JsonNode provisioned = call(registry, "CreateTable", "{'TableName':'provisioned'," + KEYS
                    + ",'ProvisionedThroughput':{'ReadCapacityUnits':1,'WriteCapacityUnits':1}}");
            assertThat(provisioned.at("/TableDescription/BillingModeSummary").has("LastUpdateToPayPerRequestDateTime"))
                    .isFalse();

            clock.advanceMillis(5_000);
            JsonNode switched = call(registry, "UpdateTable", "{'TableName':'provisioned','BillingMode':'PAY_PER_REQUEST'}");
            assertThat(switched.at("/TableDescription/BillingModeSummary/LastUpdateToPayPerRequestDateTime").decimalValue())
                    .isEqualByComparingTo("1795000005.123");

            clock.advanceMillis(5_000);
            call(registry, "UpdateTable", "{'TableName':'ondemand','DeletionProtectionEnabled':false}");
        }
        // Reopened: the catalog kept both times; an update that leaves billing alone did not move them.
        try (LocalStorage storage = LocalStorage.open(dataDir)) {
            OperationRegistry registry = registry(storage, clock);
            assertThat(call(registry, "DescribeTable", "{'TableName':'ondemand'}")
                    .at("/Table/BillingModeSummary/LastUpdateToPayPerRequestDateTime").decimalValue())
                    .isEqualByComparingTo("1795000000.123");
            assertThat(call(registry, "DescribeTable", "{'TableName':'provisioned'}")
                    .at("/Table/BillingModeSummary/LastUpdateToPayPerRequestDateTime").decimalValue())
                    .isEqualByComparingTo("1795000005.123");
        }
    }
}
