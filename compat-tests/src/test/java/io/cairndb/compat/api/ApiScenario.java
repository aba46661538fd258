package io.cairndb.compat.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cairndb.compat.fixture.Target;
import io.cairndb.compat.fixture.TargetServers;
import io.cairndb.compat.fixture.TargetServersExtension;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * Base of the API scenarios. Every scenario is a {@code @ParameterizedTest} over {@link Target}: it is
 * written once and runs against DynamoDB Local (which validates the scenario) and against CairnDB.
 */
@ExtendWith(TargetServersExtension.class)
abstract class ApiScenario {

    private final TargetServers servers;

    ApiScenario(TargetServers servers) {
        this.servers = servers;
    }

    DynamoDbClient client(Target target) {
        return servers.client(target);
    }

    /**
     * Asserts that the call fails with exactly this SDK exception type, HTTP status 400 and message
     * (the service's message, without the SDK's appended request details).
     */
    static <E extends AwsServiceException> E assertError(ThrowableAssert.ThrowingCallable call, Class<E> type,
            String message) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected %s", type.getSimpleName()).isInstanceOf(type);
        E error = type.cast(thrown);
        assertThat(error.awsErrorDetails().errorMessage()).isEqualTo(message);
        assertThat(error.statusCode()).isEqualTo(400);
        return error;
    }

    /** A ValidationException (the SDK has no class for it: a DynamoDbException with that error code). */
    static void assertValidation(ThrowableAssert.ThrowingCallable call, String message) {
        DynamoDbException error = assertError(call, DynamoDbException.class, message);
        assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
    }

    static void assertValidationStartingWith(ThrowableAssert.ThrowingCallable call, String messagePrefix) {
        DynamoDbException error = assertErrorStartingWith(call, DynamoDbException.class, messagePrefix);
        assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
    }

    /**
     * DynamoDB answers data-plane requests on a missing table with "Requested resource not found";
     * DynamoDB Local says "Cannot do operations on a non-existent table" (known difference
     * missing-table-message). CairnDB must give DynamoDB's message.
     */
    static String missingTableMessage(Target target) {
        return documentedOrLocal(target, "Requested resource not found", "Cannot do operations on a non-existent table");
    }

    /**
     * Where DynamoDB Local deviates from DynamoDB (each case is listed in docs/compatibility.md), the
     * scenario expects DynamoDB's behaviour from CairnDB and DynamoDB Local's from DynamoDB Local.
     */
    static <T> T documentedOrLocal(Target target, T documented, T dynamoDbLocal) {
        return target.isDynamoDbLocal() ? dynamoDbLocal : documented;
    }

    /** Like {@link #assertError} but only the start of the message is fixed (the rest names values). */
    static <E extends AwsServiceException> E assertErrorStartingWith(ThrowableAssert.ThrowingCallable call,
            Class<E> type, String messagePrefix) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected %s", type.getSimpleName()).isInstanceOf(type);
        E error = type.cast(thrown);
        assertThat(error.awsErrorDetails().errorMessage()).startsWith(messagePrefix);
        assertThat(error.statusCode()).isEqualTo(400);
        return error;
    }
}
