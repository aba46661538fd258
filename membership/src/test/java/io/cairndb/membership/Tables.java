package io.cairndb.membership;

import io.cairndb.engine.model.AttributeType;
import io.cairndb.engine.schema.BillingMode;
import io.cairndb.engine.schema.KeyElement;
import io.cairndb.engine.schema.KeySchema;
import io.cairndb.engine.schema.ProvisionedThroughput;
import io.cairndb.engine.schema.TableClass;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.schema.TableStatus;
import java.util.Map;

/** Table definitions for tests. */
public final class Tables {
    private Tables() {
    }

    public static TableDefinition table(String name) {
        return new TableDefinition(name, "id-" + name, "arn:aws:dynamodb:local:000000000000:table/" + name,
                KeySchema.hashAndRange(new KeyElement("pk", AttributeType.S), new KeyElement("sk", AttributeType.N)),
                Map.of("pk", AttributeType.S, "sk", AttributeType.N), BillingMode.PAY_PER_REQUEST,
                ProvisionedThroughput.ON_DEMAND, TableClass.STANDARD, TableStatus.ACTIVE, 1_700_000_000_000L,
                false, Map.of("team", "cairn"), 1_700_000_000_000L);
    }
}
