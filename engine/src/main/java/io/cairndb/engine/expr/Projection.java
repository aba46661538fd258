package io.cairndb.engine.expr;

import io.cairndb.engine.model.Item;

/** A compiled ProjectionExpression or AttributesToGet: keeps only the named paths of an item. */
@FunctionalInterface
public interface Projection {
    Projection ALL = item -> item;

    Item project(Item item);
}
