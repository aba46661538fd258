package io.cairndb.router.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairndb.engine.error.SerializationException;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import org.junit.jupiter.api.Test;

class AttributeValueJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static AttributeValue read(String text) {
        return AttributeValueJson.readValue(json(text));
    }

    private static String roundTrip(String text) {
        return AttributeValueJson.writeValue(read(text)).toString().replace('"', '\'');
    }

    @Test
    void everyTypeRoundTrips() {
        for (String value : new String[] {
                "{'S':'hello'}", "{'S':''}", "{'N':'42'}", "{'B':'AAEC/w=='}", "{'B':''}",
                "{'BOOL':true}", "{'BOOL':false}", "{'NULL':true}",
                "{'L':[{'S':'a'},{'N':'1'},{'L':[]}]}", "{'M':{'a':{'S':'x'},'b':{'M':{}}}}",
                "{'SS':['a','b']}", "{'NS':['1','2.5']}", "{'BS':['AQ==','Ag==']}",
        }) {
            assertThat(roundTrip(value)).as(value).isEqualTo(value);
        }
    }

    @Test
    void numbersAreWrittenInCanonicalForm() {
        assertThat(roundTrip("{'N':'1.0e3'}")).isEqualTo("{'N':'1000'}");
        assertThat(roundTrip("{'N':'-0'}")).isEqualTo("{'N':'0'}");
        assertThat(roundTrip("{'N':'.5'}")).isEqualTo("{'N':'0.5'}");
        assertThat(roundTrip("{'N':'+007.250'}")).isEqualTo("{'N':'7.25'}");
        assertThat(roundTrip("{'N':'1e-20'}")).isEqualTo("{'N':'0.00000000000000000001'}");
        assertThat(roundTrip("{'NS':['1.50','2E1']}")).isEqualTo("{'NS':['1.5','20']}");
        assertThat(roundTrip("{'L':[{'N':'10.0'}]}")).isEqualTo("{'L':[{'N':'10'}]}");
    }

    @Test
    void itemsKeepTheirAttributesAndOrder() {
        Item item = AttributeValueJson.readItem(json("{'pk':{'S':'a'},'n':{'N':'1'},'skip':null}"));
        assertThat(item.attributes().keySet()).containsExactly("pk", "n");
        assertThat(AttributeValueJson.writeItem(item).toString()).isEqualTo("{\"pk\":{\"S\":\"a\"},\"n\":{\"N\":\"1\"}}");
        assertThat(AttributeValueJson.readItem(null)).isNull();
    }

    @Test
    void valueWithoutAnyTypeIsEmpty() {
        for (String value : new String[] {"{}", "{'S':null}", "{'X':'a'}", "{'M':{'a':{}}}", "{'L':[{}]}"}) {
            assertThatThrownBy(() -> read(value)).as(value)
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
        }
    }

    @Test
    void valueWithSeveralTypesIsRejected() {
        assertThatThrownBy(() -> read("{'S':'a','N':'1'}"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Supplied AttributeValue has more than one datatypes set, "
                        + "must contain exactly one of the supported datatypes");
    }

    @Test
    void emptySetsAreRejectedWithDynamoDbsWording() {
        assertThatThrownBy(() -> read("{'SS':[]}"))
                .hasMessage("One or more parameter values were invalid: An string set  may not be empty");
        assertThatThrownBy(() -> read("{'NS':[]}"))
                .hasMessage("One or more parameter values were invalid: An number set  may not be empty");
        assertThatThrownBy(() -> read("{'BS':[]}"))
                .hasMessage("One or more parameter values were invalid: Binary sets should not be empty");
    }

    @Test
    void duplicateSetElementsAreRejected() {
        assertThatThrownBy(() -> read("{'SS':['a','a']}"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: Input collection [a, a] contains duplicates.");
        assertThatThrownBy(() -> read("{'BS':['Yg==','Yg==']}"))
                .hasMessage("One or more parameter values were invalid: Input collection [Yg==, Yg==]of type BS contains duplicates.");
        assertThatThrownBy(() -> read("{'NS':['1','1.0']}"))
                .hasMessage("Input collection contains duplicates");
    }

    @Test
    void nullMustBeTrue() {
        assertThatThrownBy(() -> read("{'NULL':false}"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: Null attribute value types must have the value of true");
    }

    @Test
    void badNumbersGiveDynamoDbsMessages() {
        // DynamoDB Local's wordings (verified against DynamoDB Local 2.6.1).
        assertThatThrownBy(() -> read("{'N':''}")).hasMessage("A value provided cannot be converted into a number");
        assertThatThrownBy(() -> read("{'N':'b'}")).hasMessage("A value provided cannot be converted into a number");
        assertThatThrownBy(() -> read("{'N':'1e'}")).hasMessage("A value provided cannot be converted into a number");
        assertThatThrownBy(() -> read("{'NS':['1','b']}")).hasMessage("A value provided cannot be converted into a number");
        assertThatThrownBy(() -> read("{'N':'123456789012345678901234567890123456789'}"))
                .hasMessage("DynamoDB only supports precision up to 38 digits");
        assertThatThrownBy(() -> read("{'L':[{'N':'123456789012345678901234567890123456789'}]}"))
                .hasMessage("DynamoDB only supports precision up to 38 digits");
        assertThatThrownBy(() -> read("{'N':'1e126'}"))
                .hasMessage("Number overflow. Attempting to store a number with magnitude larger than supported range");
        assertThatThrownBy(() -> read("{'N':'-1e-131'}"))
                .hasMessage("Number underflow. Attempting to store a number with magnitude smaller than supported range");
    }

    @Test
    void invalidExpressionAttributeValuesNameThePlaceholder() {
        assertThatThrownBy(() -> AttributeValueJson.readExpressionValues(json("{':ok':{'N':'1'},':v':{'N':'x'}}")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("ExpressionAttributeValues contains invalid value: "
                        + "A value provided cannot be converted into a number for key :v");
        assertThatThrownBy(() -> AttributeValueJson.readExpressionValues(json("{':v':{'SS':[]}}")))
                .hasMessage("ExpressionAttributeValues contains invalid value: "
                        + "One or more parameter values were invalid: An string set  may not be empty for key :v");
        assertThat(AttributeValueJson.readExpressionValues(json("{':v':{'N':'1.50'}}")))
                .containsEntry(":v", read("{'N':'1.5'}"));
    }

    @Test
    void badBase64IsASerializationError() {
        assertThatThrownBy(() -> read("{'B':'abc'}"))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Base64 encoded length is expected a multiple of 4 bytes but found: 3");
        assertThatThrownBy(() -> read("{'B':'ab$='}"))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("'ab$=' can not be converted to a Blob");
    }

    @Test
    void wrongJsonTypesAreSerializationErrors() {
        assertThatThrownBy(() -> read("{'S':1}")).isInstanceOf(SerializationException.class)
                .hasMessage("class java.lang.Short can not be converted to an String");
        assertThatThrownBy(() -> read("{'S':true}")).isInstanceOf(SerializationException.class)
                .hasMessage("class java.lang.Boolean can not be converted to an String");
        assertThatThrownBy(() -> read("{'S':{}}")).isInstanceOf(SerializationException.class)
                .hasMessage("Start of structure or map found where not expected.");
        assertThatThrownBy(() -> read("{'BOOL':'yes'}")).isInstanceOf(SerializationException.class)
                .hasMessage("'YES' can not be converted to an Boolean");
        assertThatThrownBy(() -> read("{'L':'x'}")).isInstanceOf(SerializationException.class)
                .hasMessage("Expected list or null");
        assertThatThrownBy(() -> read("{'M':[]}")).isInstanceOf(SerializationException.class)
                .hasMessage("Start of list found where not expected");
        assertThatThrownBy(() -> read("'x'")).isInstanceOf(SerializationException.class);
        assertThatThrownBy(() -> AttributeValueJson.readItem(json("[]"))).isInstanceOf(SerializationException.class);
    }

    @Test
    void nestingUpTo32LevelsIsAllowed() {
        assertThat(read(nested(32))).isNotNull();
        assertThatThrownBy(() -> read(nested(33)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Nesting Levels have exceeded supported limits: "
                        + "Attributes in the item have nested levels beyond supported limit");
    }

    /** A value with {@code levels} lists and maps inside each other around a string. */
    private static String nested(int levels) {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            if (i % 2 == 0) {
                open.append("{'L':[");
                close.insert(0, "]}");
            } else {
                open.append("{'M':{'k':");
                close.insert(0, "}}");
            }
        }
        return open + "{'S':'x'}" + close;
    }
}
