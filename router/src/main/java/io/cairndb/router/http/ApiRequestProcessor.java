package io.cairndb.router.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.engine.error.DynamoDbException;
import io.cairndb.engine.error.InternalServerError;
import io.cairndb.engine.error.NotImplementedYetException;
import io.cairndb.engine.error.SerializationException;
import io.cairndb.engine.error.UnknownOperationException;
import io.cairndb.router.ops.OperationHandler;
import io.cairndb.router.ops.OperationRegistry;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One DynamoDB API call from headers and body to status and body, independent of the transport.
 * Checks run in DynamoDB's order: body JSON, target, authorization, then the operation.
 */
final class ApiRequestProcessor {
    private static final Logger LOG = LoggerFactory.getLogger(ApiRequestProcessor.class);
    private static final String DYNAMODB_PREFIX = "DynamoDB_20120810.";
    private static final String STREAMS_PREFIX = "DynamoDBStreams_20120810.";

    private final OperationRegistry registry;

    ApiRequestProcessor(OperationRegistry registry) {
        this.registry = registry;
    }

    /**
     * @param target        the {@code X-Amz-Target} header, or null
     * @param authorization the {@code Authorization} header, or null
     * @param hasDateHeader whether {@code X-Amz-Date} or {@code Date} was sent
     * @param body          the (decompressed) request body
     * @param bodyLength    its length in bytes
     */
    ApiResponse process(String target, String authorization, boolean hasDateHeader,
                        InputStream body, int bodyLength, String requestId) {
        String operation = null;
        try {
            ObjectNode request = bodyLength == 0 ? null : JsonCodec.readObject(body);
            operation = operationName(target);
            OperationHandler handler = registry.handler(operation);
            SigV4HeaderCheck.check(authorization, hasDateHeader);
            if (request == null) {
                throw new SerializationException("The request body is empty");
            }
            return new ApiResponse(200, JsonCodec.write(handler.handle(request)), operation, null);
        } catch (DynamoDbException e) {
            return error(e, operation);
        } catch (Throwable e) {
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
                throw (VirtualMachineError) e; // out of memory and the like: the JVM cannot carry on
            }
            // A bug: the client learns only the request id, the log gets the details.
            LOG.error("event=internal_error requestId={} operation={}", requestId, operation, e);
            return error(new InternalServerError("Internal server error (request id " + requestId + ")", null),
                    operation);
        }
    }

    private static ApiResponse error(DynamoDbException e, String operation) {
        return new ApiResponse(e.httpStatus(), ErrorBodies.of(e), operation, e.errorCode());
    }

    /** The operation named by {@code X-Amz-Target}; unknown API versions are unknown operations. */
    private static String operationName(String target) {
        if (target != null) {
            if (target.startsWith(DYNAMODB_PREFIX)) {
                return target.substring(DYNAMODB_PREFIX.length());
            }
            if (target.startsWith(STREAMS_PREFIX)) {
                throw new NotImplementedYetException("DynamoDB Streams ("
                        + target.substring(STREAMS_PREFIX.length()) + ")");
            }
        }
        throw new UnknownOperationException("An unknown operation was requested.");
    }
}
