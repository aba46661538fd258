package io.cairndb.engine.expr.legacy;

import io.cairndb.engine.model.AttributeValue;

/** One entry of legacy {@code AttributeUpdates}. {@code action} null means PUT; {@code value} may be null. */
public record AttributeUpdateEntry(Action action, AttributeValue value) {

    public enum Action { PUT, ADD, DELETE }

    public static AttributeUpdateEntry put(AttributeValue value) {
        return new AttributeUpdateEntry(Action.PUT, value);
    }

    public static AttributeUpdateEntry add(AttributeValue value) {
        return new AttributeUpdateEntry(Action.ADD, value);
    }

    public static AttributeUpdateEntry delete(AttributeValue value) {
        return new AttributeUpdateEntry(Action.DELETE, value);
    }

    public Action effectiveAction() {
        return action == null ? Action.PUT : action;
    }
}
