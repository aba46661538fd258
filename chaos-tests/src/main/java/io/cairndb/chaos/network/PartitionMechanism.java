package io.cairndb.chaos.network;

import java.util.Locale;
import java.util.Optional;

/** Which {@link NetworkCuts} a run's partitions use: {@code --partition-by auto|iptables|transport}. */
public enum PartitionMechanism {
    /** iptables where it can work (root, iptables, cgroup v2), the transport elsewhere. */
    AUTO,
    /** {@link IptablesCuts}: packets dropped by the kernel, as a switch would. */
    IPTABLES,
    /** {@link TransportCuts}: each node drops what cut peers send it, no privileges needed. */
    TRANSPORT;

    public static PartitionMechanism parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown partition mechanism '" + name + "' (known: auto, iptables, transport)",
                    e);
        }
    }

    /** The mechanism this one stands for on this machine (never AUTO). */
    public PartitionMechanism resolved() {
        if (this != AUTO) {
            return this;
        }
        return LoopbackFirewall.unavailableReason().isEmpty() ? IPTABLES : TRANSPORT;
    }

    /** Why partitions made this way cannot run here, or empty when they can. */
    public Optional<String> unavailableReason() {
        return resolved() == IPTABLES ? LoopbackFirewall.unavailableReason() : Optional.empty();
    }

    /** New, unprepared cuts of this mechanism. */
    public NetworkCuts newCuts() {
        return resolved() == IPTABLES ? new IptablesCuts() : new TransportCuts();
    }
}
