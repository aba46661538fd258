package io.cairndb.chaos.checker;

import java.util.List;

/**
 * A checker's finding about a history.
 *
 * @param checker the checker's name
 * @param validity VALID, INVALID (with a counterexample in {@code details}), or UNKNOWN (the
 *                 search gave up, or the history lacks what the check needs)
 * @param summary one line for people
 * @param details the counterexample or the figures behind the summary, a line each
 */
public record Verdict(String checker, Validity validity, String summary, List<String> details) {
    public enum Validity { VALID, INVALID, UNKNOWN }

    public Verdict {
        details = List.copyOf(details);
    }

    public static Verdict valid(String checker, String summary) {
        return new Verdict(checker, Validity.VALID, summary, List.of());
    }

    public boolean isValid() {
        return validity == Validity.VALID;
    }
}
