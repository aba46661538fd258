package io.cairndb.compat.diff;

import com.fasterxml.jackson.databind.JsonNode;

/** One HTTP answer of a DynamoDB-compatible server: the status and the parsed JSON body. */
public record WireResponse(int status, JsonNode body) {

    public boolean isError() {
        return status != 200;
    }
}
