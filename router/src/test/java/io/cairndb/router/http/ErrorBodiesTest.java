package io.cairndb.router.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairndb.engine.error.ConditionalCheckFailedException;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorBodiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void errorBodyHasTypeAndMessage() throws IOException {
        JsonNode body = JSON.readTree(ErrorBodies.of(new ValidationException("bad \"input\"")));
        assertThat(body.path("__type").asText()).isEqualTo("com.amazon.coral.validate#ValidationException");
        assertThat(body.path("message").asText()).isEqualTo("bad \"input\"");
        assertThat(body.has("Item")).isFalse();
    }

    @Test
    void conditionalCheckFailureCarriesTheOldItemWhenAskedFor() throws IOException {
        Item old = Item.of(Map.of("pk", new AttributeValue.Str("a"), "n", new AttributeValue.Num(new BigDecimal("7"))));
        JsonNode body = JSON.readTree(ErrorBodies.of(new ConditionalCheckFailedException(old)));
        assertThat(body.path("__type").asText())
                .isEqualTo("com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException");
        assertThat(body.path("message").asText()).isEqualTo("The conditional request failed");
        assertThat(body.path("Item")).isEqualTo(JSON.readTree("{\"pk\":{\"S\":\"a\"},\"n\":{\"N\":\"7\"}}"));

        JsonNode withoutItem = JSON.readTree(ErrorBodies.of(new ConditionalCheckFailedException(null)));
        assertThat(withoutItem.has("Item")).isFalse();
    }
}
