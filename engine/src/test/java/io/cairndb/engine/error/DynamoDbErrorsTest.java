package io.cairndb.engine.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DynamoDbErrorsTest {

    @Test
    void rebuildsEveryTypedErrorFromItsCodeAndMessage() {
        List<DynamoDbException> originals = List.of(
                new ValidationException("One or more parameter values were invalid"),
                ResourceNotFoundException.table("users"),
                new ResourceInUseException("Table already exists: users"),
                new LimitExceededException("Too many tables"),
                new SerializationException("Start of structure or map found where not expected"),
                new UnknownOperationException("Unrecognized operation"),
                new NotImplementedYetException("TransactWriteItems"),
                new InternalServerError("replica failed", null),
                new ConditionalCheckFailedException(null));
        for (DynamoDbException original : originals) {
            DynamoDbException rebuilt = DynamoDbErrors.of(original.errorCode(), original.getMessage(), null);
            assertThat(rebuilt).as(original.errorCode()).isExactlyInstanceOf(original.getClass());
            assertThat(rebuilt.getMessage()).isEqualTo(original.getMessage());
            assertThat(rebuilt.wireType()).isEqualTo(original.wireType());
            assertThat(rebuilt.httpStatus()).isEqualTo(original.httpStatus());
            assertThat(rebuilt.retryable()).isEqualTo(original.retryable());
        }
    }

    @Test
    void aConditionalCheckFailureCarriesTheStoredItem() {
        Item item = Item.of(Map.of("id", AttributeValue.s("a"), "n", AttributeValue.n(1)));
        ConditionalCheckFailedException original = new ConditionalCheckFailedException(item);
        DynamoDbException rebuilt = DynamoDbErrors.of(original.errorCode(), original.getMessage(), item);
        assertThat(rebuilt).isInstanceOfSatisfying(ConditionalCheckFailedException.class,
                e -> assertThat(e.item()).contains(item));
        assertThat(DynamoDbErrors.of("ConditionalCheckFailedException", "The conditional request failed", null))
                .isInstanceOfSatisfying(ConditionalCheckFailedException.class, e -> assertThat(e.item()).isEmpty());
    }

    @Test
    void anUnknownCodeIsAnInternalServerErrorNamingIt() {
        DynamoDbException rebuilt = DynamoDbErrors.of("BrandNewException", "something", null);
        assertThat(rebuilt).isInstanceOf(InternalServerError.class);
        assertThat(rebuilt.getMessage()).contains("BrandNewException").contains("something");
        assertThat(DynamoDbErrors.of(null, null, null)).isInstanceOf(InternalServerError.class);
    }
}
