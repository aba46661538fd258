package io.cairndb.membership.control;

import io.cairndb.membership.state.ClusterState;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Carries out {@link BalanceDecision}: one leadership transfer per run. */
public final class BalanceController implements Controller {
    private static final Logger LOG = LoggerFactory.getLogger(BalanceController.class);

    private final DataGroupAdmin admin;

    public BalanceController(DataGroupAdmin admin) {
        this.admin = admin;
    }

    @Override
    public void run(ClusterView view) throws Exception {
        Optional<BalanceDecision.Transfer> transfer = BalanceDecision.decide(view);
        if (transfer.isEmpty()) {
            return;
        }
        BalanceDecision.Transfer t = transfer.get();
        ClusterState state = view.state();
        LOG.info("group {}: moving leadership {} -> {}", t.group().name(), t.from(), t.to());
        admin.transferLeadership(t.group().groupId(), RepairController.peers(state, t.group().replicas()),
                t.from(), t.to());
    }
}
