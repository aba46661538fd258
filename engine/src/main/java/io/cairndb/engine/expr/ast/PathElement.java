package io.cairndb.engine.expr.ast;

/** One step of a document path: a map key (or top-level attribute name) or a list index. */
public sealed interface PathElement {

    record Field(String name) implements PathElement {
        @Override
        public String toString() {
            return name;
        }
    }

    record Index(int index) implements PathElement {
        @Override
        public String toString() {
            return "[" + index + "]";
        }
    }
}
