package io.cairndb.router.cluster.fake;

import io.cairndb.engine.model.AttributeType;
import io.cairndb.engine.schema.BillingMode;
import io.cairndb.engine.schema.KeyElement;
import io.cairndb.engine.schema.KeySchema;
import io.cairndb.engine.schema.ProvisionedThroughput;
import io.cairndb.engine.schema.TableClass;
import io.cairndb.engine.schema.TableDefinition;
import io.cairndb.engine.schema.TableStatus;
import io.cairndb.proto.TableRef;
import java.util.Map;

/** The table definition a replica rebuilds from a {@link TableRef}: what storage needs of it. */
final class FakeTables {
    private FakeTables() {
    }

    static TableDefinition of(TableRef ref) {
        KeyElement pk = new KeyElement(ref.getPartitionKey().getName(), AttributeType.valueOf(ref.getPartitionKey().getType()));
        KeyElement sk = ref.hasSortKey()
                ? new KeyElement(ref.getSortKey().getName(), AttributeType.valueOf(ref.getSortKey().getType())) : null;
        return new TableDefinition(ref.getName(), ref.getTableId(), "arn:" + ref.getName(), new KeySchema(pk, sk),
                Map.of(), BillingMode.PAY_PER_REQUEST, ProvisionedThroughput.ON_DEMAND, TableClass.STANDARD,
                TableStatus.ACTIVE, 0, false, Map.of(), null);
    }
}
