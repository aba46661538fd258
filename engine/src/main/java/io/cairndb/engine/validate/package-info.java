/**
 * Request checks that need no network or storage, with DynamoDB's messages: keys against a key
 * schema and the key-size limits, the 400 KB item limit and attribute names, table names, and the
 * "N validation errors detected" format of model constraints.
 */
package io.cairndb.engine.validate;
