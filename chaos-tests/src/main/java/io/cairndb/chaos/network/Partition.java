package io.cairndb.chaos.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A network partition as the links between nodes it cuts (both directions of each), in the shapes
 * Jepsen uses: random halves, one node isolated, and a ring in which every node still sees a
 * majority but no two nodes see the same one (a bridge when there are too few nodes for a ring).
 */
public record Partition(String description, Set<Link> cuts) {
    public Partition {
        cuts = Set.copyOf(cuts);
    }

    /** An unordered pair of nodes. */
    public record Link(String a, String b) {
        public Link {
            if (a.equals(b)) {
                throw new IllegalArgumentException("a link joins two nodes: " + a);
            }
            if (a.compareTo(b) > 0) {
                String first = b;
                b = a;
                a = first;
            }
        }
    }

    public boolean separates(String a, String b) {
        return !a.equals(b) && cuts.contains(new Link(a, b));
    }

    /** The nodes split at random into a smaller half and a larger one, with no link between them. */
    public static Partition halves(List<String> nodes, Random random) {
        List<String> order = shuffled(nodes, random);
        List<String> minority = order.subList(0, order.size() / 2);
        List<String> majority = order.subList(order.size() / 2, order.size());
        return new Partition("halves " + minority + " | " + majority, between(minority, majority));
    }

    /** {@code node} cut off from every other node. */
    public static Partition isolated(String node, String why, List<String> nodes) {
        List<String> others = nodes.stream().filter(n -> !n.equals(node)).toList();
        return new Partition("isolated " + why, between(List.of(node), others));
    }

    /**
     * With five nodes or more, a ring: each node keeps links only to its nearest neighbours in a
     * random order, enough for it to see a majority. With three or four, a bridge: one node
     * linked to two sides that cannot see each other.
     */
    public static Partition ring(List<String> nodes, Random random) {
        List<String> order = shuffled(nodes, random);
        int n = order.size();
        if (n < 5) {
            String bridge = order.getFirst();
            List<String> rest = order.subList(1, n);
            List<String> left = rest.subList(0, rest.size() / 2);
            List<String> right = rest.subList(rest.size() / 2, rest.size());
            return new Partition("bridge " + left + " - " + bridge + " - " + right, between(left, right));
        }
        int majority = n / 2 + 1;
        int reach = majority / 2; // neighbours on each side: self + 2 * reach >= majority
        Set<Link> cuts = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int distance = Math.min(j - i, n - (j - i));
                if (distance > reach) {
                    cuts.add(new Link(order.get(i), order.get(j)));
                }
            }
        }
        return new Partition("majorities ring " + order, cuts);
    }

    private static Set<Link> between(List<String> left, List<String> right) {
        Set<Link> cuts = new LinkedHashSet<>();
        for (String a : left) {
            for (String b : right) {
                cuts.add(new Link(a, b));
            }
        }
        return cuts;
    }

    private static List<String> shuffled(List<String> nodes, Random random) {
        if (nodes.size() < 2) {
            throw new IllegalArgumentException("a partition needs two nodes or more, got " + nodes);
        }
        List<String> order = new ArrayList<>(nodes);
        Collections.shuffle(order, random);
        return order;
    }
}
