package io.cairndb.engine.model;

import io.cairndb.engine.error.ValidationException;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * DynamoDB number semantics: at most 38 significant digits, magnitude between 1E-130 and
 * 9.9999999999999999999999999999999999999E+125, or zero; canonical text is plain decimal.
 */
public final class Numbers {
    public static final int MAX_PRECISION = 38;
    /** Arithmetic context of update expressions: DynamoDB rounds nothing, it rejects. */
    public static final MathContext CONTEXT = new MathContext(MAX_PRECISION + 1);

    private static final BigDecimal MAX_MAGNITUDE = new BigDecimal("9.9999999999999999999999999999999999999E+125");
    private static final BigDecimal MIN_MAGNITUDE = new BigDecimal("1E-130");

    /** DynamoDB Local's message for a number with more than 38 significant digits. */
    public static final String TOO_PRECISE = "DynamoDB only supports precision up to 38 digits";
    /** DynamoDB Local's message for text that is no number. */
    public static final String NOT_A_NUMBER = "A value provided cannot be converted into a number";

    private Numbers() {
    }

    /**
     * Parses a number as sent on the wire and checks DynamoDB's limits.
     *
     * @throws ValidationException with DynamoDB's message when the text is no number or out of range
     */
    public static BigDecimal parse(String text) {
        BigDecimal value = parseSyntax(text);
        checkLimits(value);
        return normalize(value);
    }

    /** Parses without the range check; for intermediate values that are checked later. */
    public static BigDecimal parseSyntax(String text) {
        if (text == null || text.isEmpty() || !isNumberSyntax(text)) {
            throw notANumber();
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException | ArithmeticException e) {
            throw notANumber();
        }
    }

    // The error wordings are DynamoDB Local's (DynamoDB does not document them; see
    // docs/compatibility.md): the same text for every malformed number, whatever the input.
    private static ValidationException notANumber() {
        return new ValidationException(NOT_A_NUMBER);
    }

    /** Throws DynamoDB's error if {@code value} cannot be stored. */
    public static void checkLimits(BigDecimal value) {
        if (value.signum() == 0) {
            return;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.precision() > MAX_PRECISION) {
            throw new ValidationException(TOO_PRECISE);
        }
        BigDecimal magnitude = stripped.abs();
        if (magnitude.compareTo(MAX_MAGNITUDE) > 0) {
            throw new ValidationException(
                    "Number overflow. Attempting to store a number with magnitude larger than supported range");
        }
        if (magnitude.compareTo(MIN_MAGNITUDE) < 0) {
            throw new ValidationException(
                    "Number underflow. Attempting to store a number with magnitude smaller than supported range");
        }
    }

    /** Removes trailing zeros so that equal numbers have equal representations. */
    public static BigDecimal normalize(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return value.stripTrailingZeros();
    }

    /** DynamoDB's canonical text of a number: plain decimal, no exponent, no trailing zeros. */
    public static String canonical(BigDecimal value) {
        return normalize(value).toPlainString();
    }

    /** Optional sign, digits with an optional fraction (or a leading dot), optional exponent. */
    private static boolean isNumberSyntax(String text) {
        int i = 0;
        int n = text.length();
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && text.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
