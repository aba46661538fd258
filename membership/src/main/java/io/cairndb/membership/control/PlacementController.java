package io.cairndb.membership.control;

import io.cairndb.membership.MembershipSettings;
import io.cairndb.membership.leader.CommandLog;
import io.cairndb.membership.state.CommandResult;
import io.cairndb.membership.state.GroupRecord;
import io.cairndb.membership.state.MembershipCommand;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Commits the groups {@link PlacementDecision} asks for; nodes learn them from heartbeat replies. */
public final class PlacementController implements Controller {
    private static final Logger LOG = LoggerFactory.getLogger(PlacementController.class);

    private final CommandLog log;
    private final MembershipSettings settings;

    public PlacementController(CommandLog log, MembershipSettings settings) {
        this.log = log;
        this.settings = settings;
    }

    @Override
    public void run(ClusterView view) throws Exception {
        List<GroupRecord> groups = PlacementDecision.decide(view, settings);
        if (groups.isEmpty()) {
            return;
        }
        CommandResult result = log.submit(new MembershipCommand.CreateGroups(groups)).get(10, TimeUnit.SECONDS);
        LOG.info("placed {} data groups: {} ({})", groups.size(), groups, result.status());
    }
}
