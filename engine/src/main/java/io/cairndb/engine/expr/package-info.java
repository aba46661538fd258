/**
 * DynamoDB's expression language and its legacy predecessors.
 *
 * <p>Entry points: {@link io.cairndb.engine.expr.ExpressionCompiler} (one per request: condition,
 * filter, queryFilter, keyCondition, projection, update, then checkAllUsed) and
 * {@link io.cairndb.engine.expr.legacy.LegacyConditions} / {@link io.cairndb.engine.expr.legacy.LegacyParameters}
 * for Expected, KeyConditions, QueryFilter, ScanFilter, AttributesToGet and AttributeUpdates.
 *
 * <p>Layout: {@code parse} (hand-written lexer, recursive-descent parsers, placeholders, reserved
 * words, key-condition analysis), {@code ast} (immutable paths, operands and condition nodes that
 * evaluate themselves), {@code eval} (DynamoDB's comparison, size/contains/begins_with and set
 * semantics shared by all of them), {@code update} (compiled updates and the document writer),
 * {@code projection}, {@code legacy}.
 *
 * <p>Error messages and their precedence were taken from DynamoDB Local 2.6.1 (several thousand
 * generated expressions compared). Deliberate differences, where the documentation decides:
 * {@code size} is a reserved word (DynamoDB Local accepts it as a name); "Query condition missed
 * key schema element" names the element, as DynamoDB does. Known difference: when several update
 * actions fail at apply time in one request, the error reported can differ in rare combinations.
 */
package io.cairndb.engine.expr;
