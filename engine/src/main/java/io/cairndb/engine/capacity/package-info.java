/**
 * Read and write capacity units as DynamoDB counts them, and the consumed capacity of a request
 * per table (and, once they exist, per index) for {@code ReturnConsumedCapacity}.
 */
package io.cairndb.engine.capacity;
