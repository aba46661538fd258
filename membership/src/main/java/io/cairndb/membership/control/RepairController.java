package io.cairndb.membership.control;

import io.cairndb.membership.leader.CommandLog;
import io.cairndb.membership.state.ClusterState;
import io.cairndb.membership.state.CommandResult;
import io.cairndb.membership.state.GroupRecord;
import io.cairndb.membership.state.MembershipCommand;
import io.cairndb.membership.state.NodeRecord;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.ratis.protocol.RaftPeer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Carries out {@link RepairDecision}'s steps: metadata commands and the data group's reconfiguration. */
public final class RepairController implements Controller {
    private static final Logger LOG = LoggerFactory.getLogger(RepairController.class);

    private final CommandLog log;
    private final DataGroupAdmin admin;

    public RepairController(CommandLog log, DataGroupAdmin admin) {
        this.log = log;
        this.admin = admin;
    }

    @Override
    public void run(ClusterView view) throws Exception {
        for (RepairAction action : RepairDecision.decide(view)) {
            switch (action) {
                case RepairAction.MarkDead dead -> {
                    LOG.warn("node {} silent for the repair delay: marking it DEAD", dead.nodeId());
                    commit(new MembershipCommand.MarkNodeDead(dead.nodeId()));
                }
                case RepairAction.Move move -> {
                    GroupRecord group = move.group();
                    LOG.warn("group {}: moving replicas {} -> {}", group.name(), group.replicas(), move.joining());
                    commit(new MembershipCommand.SetGroupReplicas(group.groupId(), group.replicas(), group.joining(),
                            group.replicas(), move.joining()));
                }
                case RepairAction.Reconfigure reconfigure -> reconfigure(view, reconfigure.group());
            }
        }
    }

    private void reconfigure(ClusterView view, GroupRecord group) throws Exception {
        ClusterState state = view.state();
        List<RaftPeer> reach = peers(state, group.members().stream()
                .filter(id -> state.nodes().containsKey(id) && !state.nodes().get(id).dead()).toList());
        String leader = view.reports().leader(group.groupId()).orElse(null);
        admin.setConfiguration(group.groupId(), reach, leader, peers(state, group.joining()));
        CommandResult result = commit(new MembershipCommand.SetGroupReplicas(group.groupId(), group.replicas(),
                group.joining(), group.joining(), List.of()));
        LOG.warn("group {}: replicas now {} ({})", group.name(), group.joining(), result.status());
    }

    static List<RaftPeer> peers(ClusterState state, List<String> nodeIds) {
        return nodeIds.stream().map(state.nodes()::get).filter(n -> n != null).map(RepairController::peer).toList();
    }

    static RaftPeer peer(NodeRecord node) {
        return RaftPeer.newBuilder().setId(node.nodeId()).setAddress(node.raftAddress()).build();
    }

    private CommandResult commit(MembershipCommand command) throws Exception {
        return log.submit(command).get(10, TimeUnit.SECONDS);
    }
}
