package io.cairndb.chaos.network;

import io.cairndb.clustertests.ProcessCluster;
import java.util.ArrayList;
import java.util.List;

/** Cuts made with a {@link LoopbackFirewall}: every node starts in its own cgroup. */
final class IptablesCuts implements NetworkCuts {
    private LoopbackFirewall firewall;

    @Override
    public synchronized void prepare(ProcessCluster.Builder cluster) {
        firewall = LoopbackFirewall.create();
        LoopbackFirewall prepared = firewall;
        cluster.nodeLauncher((id, command) -> {
            List<String> wrapped = new ArrayList<>(prepared.launchPrefix(id));
            wrapped.addAll(command);
            return wrapped;
        });
    }

    @Override
    public synchronized void cut(ProcessCluster cluster, String from, String to) {
        firewall.cut(from, cluster.process(to).host());
    }

    @Override
    public synchronized void heal() {
        if (firewall != null) {
            firewall.heal();
        }
    }

    @Override
    public synchronized void close() {
        if (firewall != null) {
            firewall.close();
        }
    }
}
