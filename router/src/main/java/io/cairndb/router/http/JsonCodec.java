package io.cairndb.router.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.engine.error.SerializationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads request bodies and writes response bodies; one shared, thread-safe mapper. */
final class JsonCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonCodec() {
    }

    /** The request body as a JSON object; anything else is DynamoDB's SerializationException. */
    static ObjectNode readObject(InputStream body) {
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (IOException e) {
            throw new SerializationException("The request body is not valid JSON");
        }
        if (node instanceof ObjectNode object) {
            return object;
        }
        if (node == null || node.isMissingNode()) {
            throw new SerializationException("The request body is empty");
        }
        throw new SerializationException("Start of structure or map expected for the request body");
    }

    static byte[] write(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode newObject() {
        return MAPPER.createObjectNode();
    }
}
