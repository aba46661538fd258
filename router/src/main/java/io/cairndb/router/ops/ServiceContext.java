package io.cairndb.router.ops;

import io.cairndb.engine.dataplane.DataPlane;
import io.cairndb.engine.dataplane.TableCatalog;
import java.time.Clock;

/**
 * What operations need from the rest of the system.
 *
 * @param region     the region reported in ARNs and DescribeEndpoints
 * @param accountId  the 12-digit account reported in ARNs
 */
public record ServiceContext(TableCatalog catalog, DataPlane dataPlane, Clock clock,
                             String region, String accountId) {
}
