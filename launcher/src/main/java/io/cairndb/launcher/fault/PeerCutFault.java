package io.cairndb.launcher.fault;

import io.cairndb.node.net.PeerLinks;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The peer links of a node: all up, unless the deliberate test-only fault
 * {@code -Dcairn.fault.peerCutDir=<dir>} is on; then the node drops the traffic of the nodes
 * listed in {@code <dir>/<node id>} (one id per line), which the chaos tests' partition nemesis
 * rewrites while the node runs. This is its fault-injecting transport for machines where it
 * cannot use iptables (no root). Never set in production; the node logs a warning when it is on.
 */
public final class PeerCutFault {
    public static final String CUT_DIR = "cairn.fault.peerCutDir";
    private static final Logger LOG = LoggerFactory.getLogger(PeerCutFault.class);

    private PeerCutFault() {
    }

    /** The links of the node named {@code nodeId}. */
    public static PeerLinks forNode(String nodeId) {
        String dir = System.getProperty(CUT_DIR, "");
        if (dir.isBlank()) {
            return PeerLinks.ALL_UP;
        }
        Path file = FaultFiles.ofProcess(Path.of(dir), nodeId);
        LOG.warn("event=fault_injection_on peerCutFile={} (a deliberate fault for testing: this node drops the "
                + "traffic of the nodes listed in that file)", file);
        PolledFile<Set<String>> cut = new PolledFile<>(file, Set.of(), PeerCutFault::parse, System::nanoTime,
                "peer_cut");
        return peer -> !cut.value().contains(peer);
    }

    /** The node ids of a cut file's text: one per line, blank lines ignored. */
    static Set<String> parse(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(line -> !line.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
