package io.cairndb.router.ops.table;

import com.fasterxml.jackson.databind.JsonNode;
import io.cairndb.engine.error.NotImplementedYetException;
import io.cairndb.router.json.RequestFields;

/** Rejects request parameters for features later issues build, so that nothing is silently ignored. */
final class UnsupportedParameters {
    private UnsupportedParameters() {
    }

    static void reject(JsonNode request, String field, String feature) {
        JsonNode value = request.get(field);
        if (value != null && !value.isNull()) {
            throw new NotImplementedYetException(feature + " (" + field + ")");
        }
    }

    /** {@code StreamSpecification} with {@code StreamEnabled=true}. */
    static void rejectStreams(JsonNode request) {
        JsonNode spec = request.get("StreamSpecification");
        if (spec != null && spec.isObject() && Boolean.TRUE.equals(RequestFields.bool(spec, "StreamEnabled"))) {
            throw new NotImplementedYetException("DynamoDB Streams (StreamSpecification.StreamEnabled=true)");
        }
    }

    /** {@code SSESpecification} asking for KMS encryption (the default AWS-owned key is accepted). */
    static void rejectKmsEncryption(JsonNode request) {
        JsonNode spec = request.get("SSESpecification");
        if (spec == null || !spec.isObject()) {
            return;
        }
        boolean kms = Boolean.TRUE.equals(RequestFields.bool(spec, "Enabled"))
                || "KMS".equals(RequestFields.string(spec, "SSEType"))
                || RequestFields.string(spec, "KMSMasterKeyId") != null;
        if (kms) {
            throw new NotImplementedYetException("Encryption at rest with AWS KMS keys (SSESpecification)");
        }
    }
}
