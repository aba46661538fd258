package io.cairndb.engine.expr.update;

import io.cairndb.engine.expr.ast.Path;
import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import io.cairndb.engine.model.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The right-hand side of a SET action, evaluated against the item as it was before the update. */
public sealed interface UpdateValue {

    /** @throws io.cairndb.engine.error.ValidationException for missing operands and type errors */
    AttributeValue evaluate(Item original);

    record PathValue(Path path) implements UpdateValue {
        @Override
        public AttributeValue evaluate(Item original) {
            AttributeValue value = path.resolve(original);
            if (value == null) {
                throw UpdateErrors.missingAttribute();
            }
            return value;
        }
    }

    record Constant(AttributeValue value) implements UpdateValue {
        @Override
        public AttributeValue evaluate(Item original) {
            return value;
        }
    }

    /** {@code a + b} or {@code a - b} on numbers, exact, then checked against DynamoDB's limits. */
    record Arithmetic(boolean plus, UpdateValue left, UpdateValue right) implements UpdateValue {
        @Override
        public AttributeValue evaluate(Item original) {
            AttributeValue l = left.evaluate(original);
            AttributeValue r = right.evaluate(original);
            if (!(l instanceof AttributeValue.Num a) || !(r instanceof AttributeValue.Num b)) {
                throw UpdateErrors.wrongType();
            }
            return number(plus ? a.value().add(b.value()) : a.value().subtract(b.value()));
        }
    }

    record IfNotExists(Path path, UpdateValue fallback) implements UpdateValue {
        @Override
        public AttributeValue evaluate(Item original) {
            AttributeValue value = path.resolve(original);
            return value != null ? value : fallback.evaluate(original);
        }
    }

    record ListAppend(UpdateValue first, UpdateValue second) implements UpdateValue {
        @Override
        public AttributeValue evaluate(Item original) {
            AttributeValue a = first.evaluate(original);
            AttributeValue b = second.evaluate(original);
            if (!(a instanceof AttributeValue.ListValue la) || !(b instanceof AttributeValue.ListValue lb)) {
                throw UpdateErrors.wrongType();
            }
            List<AttributeValue> joined = new ArrayList<>(la.values().size() + lb.values().size());
            joined.addAll(la.values());
            joined.addAll(lb.values());
            return AttributeValue.l(joined);
        }
    }

    /** A computed number as DynamoDB stores it, or its error when it cannot be stored. */
    static AttributeValue number(BigDecimal exact) {
        BigDecimal normalized = Numbers.normalize(exact);
        if (normalized.precision() > Numbers.MAX_PRECISION) {
            throw UpdateErrors.precision();
        }
        Numbers.checkLimits(normalized);
        return AttributeValue.n(normalized);
    }
}
