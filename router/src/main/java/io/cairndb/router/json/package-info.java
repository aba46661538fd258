/**
 * DynamoDB JSON: attribute values to and from the engine model ({@code AttributeValueJson}) and
 * typed access to request members ({@code RequestFields}), with the SerializationException texts
 * of DynamoDB's JSON layer ({@code JsonTypeErrors}).
 */
package io.cairndb.router.json;
