package io.cairndb.chaos.nemesis;

import io.cairndb.chaos.network.LoopbackFirewall;
import io.cairndb.chaos.network.Partition;
import io.cairndb.clustertests.ProcessCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Network partitions between nodes (routers keep reaching every node, as clients in the same
 * network would): random halves, an isolated leader (membership or data group), or a majorities
 * ring / bridge. Made with iptables rules on loopback ({@link LoopbackFirewall}); healing removes
 * every rule.
 */
public final class PartitionNemesis implements Nemesis {
    private LoopbackFirewall firewall;

    @Override
    public String name() {
        return "partition";
    }

    @Override
    public synchronized void prepare(ProcessCluster.Builder cluster) {
        firewall = LoopbackFirewall.create();
        cluster.nodeLauncher((id, command) -> {
            List<String> wrapped = new ArrayList<>(firewall.launchPrefix(id));
            wrapped.addAll(command);
            return wrapped;
        });
    }

    @Override
    public synchronized String start(ProcessCluster cluster, Random random) {
        if (firewall == null) {
            throw new IllegalStateException("the partition nemesis was not prepared before the cluster started");
        }
        List<String> nodes = Targets.runningNodes(cluster); // not the nodes the membership nemesis removed
        Partition partition = switch (random.nextInt(3)) {
            case 0 -> Partition.halves(nodes, random);
            case 1 -> Targets.leader(cluster, random)
                    .map(t -> Partition.isolated(t.node(), t.describe(), nodes))
                    .orElseGet(() -> {
                        String node = nodes.get(random.nextInt(nodes.size()));
                        return Partition.isolated(node, node, nodes);
                    });
            default -> Partition.ring(nodes, random);
        };
        for (Partition.Link link : partition.cuts()) {
            firewall.cut(link.a(), cluster.process(link.b()).host());
            firewall.cut(link.b(), cluster.process(link.a()).host());
        }
        return "partition: " + partition.description();
    }

    @Override
    public synchronized void heal(ProcessCluster cluster) {
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
