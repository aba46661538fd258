package io.cairndb.engine.expr.ast;

import io.cairndb.engine.expr.eval.ValueSemantics;
import io.cairndb.engine.model.AttributeType;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;

/** A value-producing term of a condition: a document path, a {@code :value} or {@code size(...)}. */
public sealed interface Operand {

    /** The operand's value for {@code item}, or null when it has none (missing attribute). */
    AttributeValue evaluate(Item item);

    /** The type known at compile time (constants and size), or null for document paths. */
    AttributeType staticType();

    record PathOperand(Path path) implements Operand {
        @Override
        public AttributeValue evaluate(Item item) {
            return path.resolve(item);
        }

        @Override
        public AttributeType staticType() {
            return null;
        }
    }

    /** An ExpressionAttributeValues entry; {@code value} is null only in expressions that failed to compile. */
    record Constant(String placeholder, AttributeValue value) implements Operand {
        @Override
        public AttributeValue evaluate(Item item) {
            return value;
        }

        @Override
        public AttributeType staticType() {
            return value == null ? null : value.type();
        }
    }

    record Size(Operand argument) implements Operand {
        @Override
        public AttributeValue evaluate(Item item) {
            return ValueSemantics.size(argument.evaluate(item));
        }

        @Override
        public AttributeType staticType() {
            return AttributeType.N;
        }
    }
}
