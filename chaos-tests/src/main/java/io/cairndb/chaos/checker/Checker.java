package io.cairndb.chaos.checker;

import io.cairndb.chaos.history.History;

/** Decides whether a history is allowed by the consistency model it checks. */
public interface Checker {
    String name();

    Verdict check(History history);
}
