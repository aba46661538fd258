/**
 * The item-level DynamoDB operations, registered by {@link io.cairndb.router.ops.item.ItemHandlers}.
 *
 * <p>Each handler reads its request in the same order: model constraints (table name, enums,
 * Limit) collected into one {@code ConstraintViolations}; the table from the catalog
 * ({@code TableResolver}); attribute values ({@code AttributeValueJson}); the expression and
 * legacy parameters ({@code ExpressionParams}, {@code LegacyParams}) compiled by the engine;
 * keys and items checked by {@code io.cairndb.engine.validate}. The compiled request goes to the
 * {@link io.cairndb.engine.dataplane.DataPlane}; the response adds returned attributes and
 * {@code ConsumedCapacity} from {@code io.cairndb.engine.capacity}.
 *
 * <p>Transactions and PartiQL are registered as {@code NotYetSupported}: a clear error, never a
 * silent success.
 */
package io.cairndb.router.ops.item;
