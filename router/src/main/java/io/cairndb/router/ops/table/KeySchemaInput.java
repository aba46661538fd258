package io.cairndb.router.ops.table;

import com.fasterxml.jackson.databind.JsonNode;
import io.cairndb.engine.error.ValidationException;
import io.cairndb.engine.model.AttributeType;
import io.cairndb.engine.schema.KeyElement;
import io.cairndb.engine.schema.KeySchema;
import io.cairndb.engine.validate.ConstraintViolations;
import io.cairndb.router.json.RequestFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CreateTable's {@code KeySchema} and {@code AttributeDefinitions}, checked as DynamoDB checks them. */
final class KeySchemaInput {
    private static final List<String> KEY_TYPES = List.of("HASH", "RANGE");
    private static final List<String> ATTRIBUTE_TYPES = List.of("B", "N", "S");

    private record Pair(String name, String type) {
    }

    private final List<Pair> definitions;
    private final List<Pair> keys;

    private KeySchemaInput(List<Pair> definitions, List<Pair> keys) {
        this.definitions = definitions;
        this.keys = keys;
    }

    static KeySchemaInput read(JsonNode request) {
        return new KeySchemaInput(
                pairs(RequestFields.list(request, "AttributeDefinitions"), "AttributeType"),
                pairs(RequestFields.list(request, "KeySchema"), "KeyType"));
    }

    private static List<Pair> pairs(JsonNode list, String typeField) {
        if (list == null) {
            return null;
        }
        List<Pair> pairs = new ArrayList<>(list.size());
        for (JsonNode element : list) {
            JsonNode object = RequestFields.structureElement(element);
            pairs.add(new Pair(RequestFields.string(object, "AttributeName"), RequestFields.string(object, typeField)));
        }
        return pairs;
    }

    void collectAttributeDefinitionViolations(ConstraintViolations violations) {
        violations.notNull(definitions, "attributeDefinitions");
        if (definitions != null) {
            for (int i = 0; i < definitions.size(); i++) {
                String path = "attributeDefinitions." + (i + 1) + ".member.";
                violations.notNull(definitions.get(i).name(), path + "attributeName");
                violations.notNull(definitions.get(i).type(), path + "attributeType");
                violations.oneOf(definitions.get(i).type(), path + "attributeType", ATTRIBUTE_TYPES);
            }
        }
    }

    void collectKeySchemaViolations(ConstraintViolations violations) {
        violations.notNull(keys, "keySchema");
        violations.listLength(keys == null ? null : keys.stream().map(Pair::name).toList(), "keySchema", 1, 2);
        if (keys != null) {
            for (int i = 0; i < keys.size(); i++) {
                String path = "keySchema." + (i + 1) + ".member.";
                violations.notNull(keys.get(i).name(), path + "attributeName");
                violations.length(keys.get(i).name(), path + "attributeName", 1, 255);
                violations.notNull(keys.get(i).type(), path + "keyType");
                violations.oneOf(keys.get(i).type(), path + "keyType", KEY_TYPES);
            }
        }
    }

    /** The rules between the two lists (after the model constraints passed). */
    KeySchema keySchema() {
        List<String> keyNames = keys.stream().map(Pair::name).toList();
        List<String> definedNames = definitions.stream().map(Pair::name).toList();
        if (keyNames.size() > definedNames.size()) {
            throw new ValidationException("Invalid KeySchema: Some index key attribute have no definition");
        }
        if (!definedNames.containsAll(keyNames)) {
            throw new ValidationException("One or more parameter values were invalid: Some index key attributes are "
                    + "not defined in AttributeDefinitions. Keys: [" + String.join(", ", keyNames)
                    + "], AttributeDefinitions: [" + String.join(", ", definedNames) + "]");
        }
        if (keyNames.size() == 2 && keyNames.get(0).equals(keyNames.get(1))) {
            throw new ValidationException("Both the Hash Key and the Range Key element in the KeySchema have the same name");
        }
        if (!keys.get(0).type().equals("HASH")) {
            throw new ValidationException("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        }
        if (keys.size() == 2 && !keys.get(1).type().equals("RANGE")) {
            throw new ValidationException("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
        }
        if (keyNames.size() != definedNames.size() || definedNames.stream().distinct().count() != definedNames.size()) {
            throw new ValidationException("One or more parameter values were invalid: Number of attributes in KeySchema "
                    + "does not exactly match number of attributes defined in AttributeDefinitions");
        }
        KeyElement partition = element(keys.get(0).name());
        return keys.size() == 2 ? KeySchema.hashAndRange(partition, element(keys.get(1).name()))
                : KeySchema.hash(partition);
    }

    Map<String, AttributeType> attributeDefinitions() {
        Map<String, AttributeType> map = new LinkedHashMap<>();
        for (Pair definition : definitions) {
            map.put(definition.name(), AttributeType.valueOf(definition.type()));
        }
        return map;
    }

    private KeyElement element(String name) {
        for (Pair definition : definitions) {
            if (definition.name().equals(name)) {
                return new KeyElement(name, AttributeType.valueOf(definition.type()));
            }
        }
        throw new IllegalStateException("key checked against definitions: " + name);
    }
}
