package io.cairndb.engine.key;

import io.cairndb.engine.codec.ByteReader;
import io.cairndb.engine.codec.ByteWriter;
import io.cairndb.engine.codec.CorruptDataException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Order-preserving binary form of DynamoDB numbers: comparing the encodings as unsigned bytes
 * gives numeric order, exactly, for every number DynamoDB can store (38 significant digits,
 * magnitudes 1E-130 to under 1E+126).
 *
 * <p>A non-zero number is written as {@code 0.d1d2d3... x 10^E} with {@code d1 != 0}:
 * <pre>
 *   zero:      0x02
 *   positive:  0x03  (E + 129)  digit-pairs
 *   negative:  0x01  ~(E + 129) ~digit-pairs 0xFF
 * </pre>
 * {@code E} lies in [-129, 126], so {@code E + 129} fits one byte. Digits are packed two per byte
 * as {@code 10*a + b + 1} (1..100; a last odd digit is padded with 0, which cannot be confused
 * with a real trailing zero because stored numbers have none). A larger exponent means a larger
 * magnitude; for equal exponents the digit bytes compare like the digit strings, and a shorter
 * string (a prefix) is the smaller magnitude. Negatives invert every byte so that larger
 * magnitudes sort first; their terminator 0xFF (an inverted 0x00, below every digit byte) makes a
 * shorter digit string sort after the longer one it prefixes, as -0.12 > -0.123 requires.
 */
final class OrderedNumber {
    static final int NEGATIVE = 0x01;
    static final int ZERO = 0x02;
    static final int POSITIVE = 0x03;
    private static final int EXPONENT_BIAS = 129;
    private static final int TERMINATOR = 0x00;

    private OrderedNumber() {
    }

    static void encode(BigDecimal value, ByteWriter out) {
        int sign = value.signum();
        if (sign == 0) {
            out.put(ZERO);
            return;
        }
        BigDecimal normal = value.stripTrailingZeros();
        String digits = normal.unscaledValue().abs().toString();
        int exponent = digits.length() - normal.scale();
        int biased = exponent + EXPONENT_BIAS;
        if (biased < 0 || biased > 255) {
            throw new IllegalArgumentException("number outside DynamoDB's range: " + value);
        }
        int flip = sign < 0 ? 0xFF : 0x00;
        out.put(sign < 0 ? NEGATIVE : POSITIVE);
        out.put(biased ^ flip);
        for (int i = 0; i < digits.length(); i += 2) {
            int high = digits.charAt(i) - '0';
            int low = i + 1 < digits.length() ? digits.charAt(i + 1) - '0' : 0;
            out.put((high * 10 + low + 1) ^ flip);
        }
        if (sign < 0) {
            out.put(TERMINATOR ^ flip);
        }
    }

    /** Reads one encoded number that ends at the reader's end. */
    static BigDecimal decode(ByteReader in) {
        int marker = in.get();
        if (marker == ZERO) {
            return BigDecimal.ZERO;
        }
        if (marker != NEGATIVE && marker != POSITIVE) {
            throw new CorruptDataException("bad number marker " + marker);
        }
        boolean negative = marker == NEGATIVE;
        int flip = negative ? 0xFF : 0x00;
        int exponent = (in.get() ^ flip) - EXPONENT_BIAS;
        StringBuilder digits = new StringBuilder(40);
        while (in.hasRemaining()) {
            int pair = in.get() ^ flip;
            if (negative && pair == TERMINATOR) {
                break;
            }
            if (pair < 1 || pair > 100) {
                throw new CorruptDataException("bad digit pair " + pair);
            }
            digits.append((char) ('0' + (pair - 1) / 10)).append((char) ('0' + (pair - 1) % 10));
        }
        if (digits.isEmpty()) {
            throw new CorruptDataException("number without digits");
        }
        if (digits.charAt(digits.length() - 1) == '0') {
            digits.setLength(digits.length() - 1);
        }
        BigInteger unscaled = new BigInteger(digits.toString());
        BigDecimal magnitude = new BigDecimal(unscaled, digits.length() - exponent);
        return negative ? magnitude.negate() : magnitude;
    }
}
