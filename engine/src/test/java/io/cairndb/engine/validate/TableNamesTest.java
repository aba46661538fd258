package io.cairndb.engine.validate;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairndb.engine.error.ValidationException;
import org.junit.jupiter.api.Test;

class TableNamesTest {

    @Test
    void validNamesPass() {
        assertThatCode(() -> TableNames.check("a_b.C-9", "tableName")).doesNotThrowAnyException();
        assertThatCode(() -> TableNames.check("x".repeat(255), "tableName")).doesNotThrowAnyException();
    }

    @Test
    void missingNameIsANullConstraintViolation() {
        assertThatThrownBy(() -> TableNames.check(null, "tableName"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("1 validation error detected: Value null at 'tableName' failed to satisfy constraint: "
                        + "Member must not be null");
    }

    @Test
    void tooShortOrTooLongNamesGiveTheLengthMessage() {
        for (String name : new String[] {"ab", "x".repeat(256)}) {
            assertThatThrownBy(() -> TableNames.check(name, "tableName"))
                    .hasMessage("TableName must be at least 3 characters long and at most 255 characters long");
        }
    }

    @Test
    void badCharactersBreakThePattern() {
        assertThatThrownBy(() -> TableNames.check("abc;", "tableName"))
                .hasMessage("1 validation error detected: Value 'abc;' at 'tableName' failed to satisfy constraint: "
                        + "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
    }

    @Test
    void severalViolationsAreReportedTogether() {
        ConstraintViolations violations = new ConstraintViolations();
        TableNames.addViolations(violations, "abc;", "tableName");
        violations.atLeast(0, "limit", 1);
        assertThatThrownBy(violations::throwIfAny)
                .hasMessageStartingWith("2 validation errors detected: Value 'abc;' at 'tableName'")
                .hasMessageEndingWith("; Value '0' at 'limit' failed to satisfy constraint: "
                        + "Member must have value greater than or equal to 1");
    }
}
