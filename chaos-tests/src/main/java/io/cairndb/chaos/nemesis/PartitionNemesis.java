package io.cairndb.chaos.nemesis;

import io.cairndb.chaos.network.NetworkCuts;
import io.cairndb.chaos.network.Partition;
import io.cairndb.chaos.network.PartitionMechanism;
import io.cairndb.clustertests.ProcessCluster;
import java.util.List;
import java.util.Random;

/**
 * Network partitions between nodes (routers keep reaching every node, as clients in the same
 * network would): random halves, an isolated leader (membership or data group), or a majorities
 * ring / bridge. Made with iptables rules on loopback or the nodes' fault-injecting transport
 * ({@link PartitionMechanism}); healing removes every cut.
 */
public final class PartitionNemesis implements Nemesis {
    private final PartitionMechanism mechanism;
    private NetworkCuts cuts;

    public PartitionNemesis(PartitionMechanism mechanism) {
        this.mechanism = mechanism;
    }

    @Override
    public String name() {
        return "partition";
    }

    @Override
    public synchronized void prepare(ProcessCluster.Builder cluster) {
        cuts = mechanism.newCuts();
        cuts.prepare(cluster);
    }

    @Override
    public synchronized String start(ProcessCluster cluster, Random random) {
        if (cuts == null) {
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
            cuts.cut(cluster, link.a(), link.b());
            cuts.cut(cluster, link.b(), link.a());
        }
        return "partition: " + partition.description();
    }

    @Override
    public synchronized void heal(ProcessCluster cluster) {
        if (cuts != null) {
            cuts.heal();
        }
    }

    @Override
    public synchronized void close() {
        if (cuts != null) {
            cuts.close();
        }
    }
}
