package io.cairndb.engine.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairndb.engine.error.ConditionalCheckFailedException;
import io.cairndb.engine.error.DynamoDbException;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.write.WriteApplier;
import io.cairndb.engine.write.WriteCommand;
import io.cairndb.engine.write.WriteSpec;
import io.cairndb.engine.write.WriteSpecFixtures;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WriteSpecCodecTest {

    @Test
    void roundTripsArbitrarySpecs() {
        WriteSpecFixtures fixtures = new WriteSpecFixtures(11);
        for (int i = 0; i < 2000; i++) {
            WriteSpec spec = fixtures.arbitrary();
            WriteSpec decoded = WriteSpecCodec.decode(WriteSpecCodec.encode(spec));
            assertThat(decoded).isEqualTo(spec).hasSameHashCodeAs(spec);
            assertOrderKept(spec.expressionAttributeValues(), decoded.expressionAttributeValues());
            assertOrderKept(spec.expected(), decoded.expected());
            assertOrderKept(spec.attributeUpdates(), decoded.attributeUpdates());
            assertThat(WriteSpecCodec.encode(decoded)).as("encoding is deterministic").isEqualTo(WriteSpecCodec.encode(spec));
        }
    }

    @Test
    void aDecodedSpecCompilesToACommandWithTheSameOutcome() {
        WriteSpecFixtures fixtures = new WriteSpecFixtures(23);
        int applied = 0;
        int conditionFailures = 0;
        for (int i = 0; i < 3000; i++) {
            WriteSpec spec = fixtures.compilable();
            WriteSpec decoded = WriteSpecCodec.decode(WriteSpecCodec.encode(spec));
            Item stored = fixtures.stored(spec.key());
            String original = outcome(spec, stored);
            assertThat(outcome(decoded, stored)).as("%s on %s", spec, stored).isEqualTo(original);
            applied += original.startsWith("applied") ? 1 : 0;
            conditionFailures += original.startsWith("ConditionalCheckFailedException") ? 1 : 0;
        }
        // The fixtures exercise both paths, so the comparison above is not vacuous.
        assertThat(applied).isGreaterThan(1000);
        assertThat(conditionFailures).isGreaterThan(100);
    }

    @Test
    void keepsNullApartFromEmpty() {
        WriteSpec absent = WriteSpec.updateBuilder(WriteSpecFixtures.key("a")).build();
        WriteSpec empty = WriteSpec.updateBuilder(WriteSpecFixtures.key("a")).attributeUpdates(Map.of()).build();
        assertThat(WriteSpecCodec.decode(WriteSpecCodec.encode(absent)).attributeUpdates()).isNull();
        assertThat(WriteSpecCodec.decode(WriteSpecCodec.encode(empty)).attributeUpdates()).isEmpty();
        assertThat(absent).isNotEqualTo(empty);
    }

    @Test
    void rejectsTruncatedDataAndUnknownVersions() {
        byte[] encoded = WriteSpecCodec.encode(WriteSpec.update(WriteSpecFixtures.key("a"), "SET v = :v", null,
                Map.of(":v", AttributeValue.s("x"))));
        for (int length = 0; length < encoded.length; length++) {
            byte[] truncated = Arrays.copyOf(encoded, length);
            assertThatThrownBy(() -> WriteSpecCodec.decode(truncated)).isInstanceOf(CorruptDataException.class);
        }
        encoded[0] = 2;
        assertThatThrownBy(() -> WriteSpecCodec.decode(encoded)).isInstanceOf(CorruptDataException.class)
                .hasMessageContaining("version 2");
    }

    /** What applying the spec's command to {@code stored} gives, as comparable text. */
    private static String outcome(WriteSpec spec, Item stored) {
        try {
            WriteCommand command = spec.command();
            return "applied " + WriteApplier.apply(command, stored);
        } catch (ConditionalCheckFailedException e) {
            return e.errorCode() + " " + e.item();
        } catch (DynamoDbException e) {
            return e.errorCode() + " " + e.getMessage();
        }
    }

    private static void assertOrderKept(Map<String, ?> original, Map<String, ?> decoded) {
        if (original != null) {
            assertThat(List.copyOf(decoded.keySet())).isEqualTo(List.copyOf(original.keySet()));
        }
    }
}
