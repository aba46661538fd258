package io.cairndb.engine.size;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Number sizes as DynamoDB Local's capacity units show them (measured at the 1 KB write-unit boundary). */
class ItemSizeTest {

    @ParameterizedTest(name = "{0} takes {1} bytes")
    @CsvSource({
            "0, 1", "1, 2", "12, 2", "1E+10, 2", "10000000000, 2", "0.001, 2", "123, 3", "1.5, 3", "-1, 3",
            "-1.5, 4", "12345.5, 5", "99999999999999999999999999999999999999, 20", "-12345678901234567890.5, 13"})
    void numbersTakeOneBytePerBase100DigitAlignedOnTheDecimalPoint(String number, long bytes) {
        assertThat(ItemSize.numberSize(new BigDecimal(number))).isEqualTo(bytes);
    }
}
