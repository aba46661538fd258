package io.cairndb.engine.error;

import io.cairndb.engine.model.Item;

/**
 * Rebuilds a typed {@link DynamoDbException} from its {@link DynamoDbException#errorCode()} and
 * message, as they cross the wire between a replica and the router: the router then answers the
 * client exactly as if the error had been raised in its own process.
 */
public final class DynamoDbErrors {
    private static final String NOT_SUPPORTED_SUFFIX = NotImplementedYetException.SUFFIX;

    private DynamoDbErrors() {
    }

    /**
     * The exception with this code and message. {@code item} is the stored item a
     * ConditionalCheckFailedException carries (null for none; ignored for other codes). An
     * unknown code becomes an {@link InternalServerError}: the replica failed in a way no client
     * caused.
     */
    public static DynamoDbException of(String errorCode, String message, Item item) {
        String text = message == null ? "" : message;
        return switch (errorCode == null ? "" : errorCode) {
            case "ConditionalCheckFailedException" -> new ConditionalCheckFailedException(item);
            case "ValidationException" -> new ValidationException(text);
            case "ResourceNotFoundException" -> new ResourceNotFoundException(text);
            case "ResourceInUseException" -> new ResourceInUseException(text);
            case "LimitExceededException" -> new LimitExceededException(text);
            case "SerializationException" -> new SerializationException(text);
            // NotImplementedYetException shares the code; its message tells them apart.
            case "UnknownOperationException" -> text.endsWith(NOT_SUPPORTED_SUFFIX)
                    ? new NotImplementedYetException(text.substring(0, text.length() - NOT_SUPPORTED_SUFFIX.length()))
                    : new UnknownOperationException(text);
            case "InternalServerError" -> new InternalServerError(text, null);
            default -> new InternalServerError(errorCode + ": " + text, null);
        };
    }
}
