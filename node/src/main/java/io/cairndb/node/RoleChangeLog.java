package io.cairndb.node;

import io.cairndb.proto.GroupStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs a line whenever a hosted group's role or term changes, or a group appears or disappears,
 * as seen from the statuses read for each heartbeat. Only the agent thread calls it.
 */
final class RoleChangeLog {
    private static final Logger LOG = LoggerFactory.getLogger(RoleChangeLog.class);

    private final String nodeId;
    private final Map<String, String> lastRole = new HashMap<>();

    RoleChangeLog(String nodeId) {
        this.nodeId = nodeId;
    }

    void observe(List<GroupStatus> statuses) {
        for (GroupStatus status : statuses) {
            String before = lastRole.put(status.getGroupId(), status.getRole());
            if (before == null) {
                LOG.info("event=group_hosted node={} group={} role={} term={}", nodeId, status.getGroupId(),
                        status.getRole(), status.getTerm());
            } else if (!before.equals(status.getRole())) {
                LOG.info("event=role_changed node={} group={} from={} to={} term={}", nodeId, status.getGroupId(),
                        before, status.getRole(), status.getTerm());
            }
        }
        Set<String> present = statuses.stream().map(GroupStatus::getGroupId).collect(Collectors.toSet());
        lastRole.keySet().removeIf(groupId -> {
            boolean gone = !present.contains(groupId);
            if (gone) {
                LOG.info("event=group_not_hosted node={} group={}", nodeId, groupId);
            }
            return gone;
        });
    }
}
