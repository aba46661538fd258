package io.cairndb.engine.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.engine.model.AttributeValue;
import io.cairndb.engine.model.Item;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Examples from DynamoDB's developer guide ("Read/write capacity mode", "Capacity unit consumption"). */
class CapacityUnitsTest {
    private static final int KB = 1024;

    @Test
    void strongReadOfUpTo4KbIsOneUnitAndEventualIsHalf() {
        assertThat(CapacityUnits.read((long) (3.5 * KB), true)).isEqualTo(1.0);
        assertThat(CapacityUnits.read((long) (3.5 * KB), false)).isEqualTo(0.5);
        assertThat(CapacityUnits.read(4 * KB, true)).isEqualTo(1.0);
        assertThat(CapacityUnits.read(4 * KB + 1, true)).isEqualTo(2.0);
    }

    @Test
    void readingA10KbItemCostsThreeUnits() {
        assertThat(CapacityUnits.read(10 * KB, true)).isEqualTo(3.0);
        assertThat(CapacityUnits.read(10 * KB, false)).isEqualTo(1.5);
    }

    @Test
    void aMissingItemStillCostsTheMinimum() {
        assertThat(CapacityUnits.readItem(null, true)).isEqualTo(1.0);
        assertThat(CapacityUnits.readItem(null, false)).isEqualTo(0.5);
        assertThat(CapacityUnits.write(0, 0)).isEqualTo(1.0);
    }

    @Test
    void queryRoundsTheSumOfItemsNotEachItem() {
        // The guide: a Query returning items totalling 40.8 KB costs 11 strongly consistent units.
        long total = (long) (40.8 * KB);
        assertThat(CapacityUnits.read(total, true)).isEqualTo(11.0);
        assertThat(CapacityUnits.read(total, false)).isEqualTo(5.5);
    }

    @Test
    void batchGetRoundsEachItem() {
        // The guide: reading a 1.5 KB and a 6.5 KB item with BatchGetItem counts 4 KB + 8 KB = 3 units.
        CapacityLedger ledger = new CapacityLedger();
        ledger.chargeRead("t", CapacityUnits.read((long) (1.5 * KB), true));
        ledger.chargeRead("t", CapacityUnits.read((long) (6.5 * KB), true));
        assertThat(ledger.perTable()).singleElement().extracting(ConsumedCapacity::total).isEqualTo(3.0);
    }

    @Test
    void writeCostsOneUnitPerKbOfTheLargerImage() {
        assertThat(CapacityUnits.write(0, 500)).isEqualTo(1.0);
        assertThat(CapacityUnits.write(0, (long) (3.5 * KB))).isEqualTo(4.0);
        // An update that shrinks a 12 KB item to 1 KB is charged for 12 KB.
        assertThat(CapacityUnits.write(12 * KB, KB)).isEqualTo(12.0);
        assertThat(CapacityUnits.write(KB, KB + 1)).isEqualTo(2.0);
    }

    @Test
    void writeOfItemsUsesTheirDynamoDbSize() {
        Item small = new Item(Map.of("pk", AttributeValue.s("a")));
        Item big = new Item(Map.of("pk", AttributeValue.s("a"), "v", AttributeValue.s("x".repeat(2 * KB))));
        assertThat(CapacityUnits.writeItems(null, small)).isEqualTo(1.0);
        assertThat(CapacityUnits.writeItems(big, null)).isEqualTo(3.0);
        assertThat(CapacityUnits.writeItems(small, big)).isEqualTo(3.0);
    }

    @Test
    void transactionsCostDouble() {
        assertThat(CapacityUnits.transactional(CapacityUnits.read(4 * KB, true))).isEqualTo(2.0);
    }

    @Test
    void ledgerSumsPerTableInFirstChargedOrder() {
        CapacityLedger ledger = new CapacityLedger();
        ledger.chargeWrite("b", 1);
        ledger.chargeWrite("a", 2);
        ledger.chargeWrite("b", 3);
        assertThat(ledger.perTable()).extracting(ConsumedCapacity::tableName).containsExactly("b", "a");
        assertThat(ledger.perTable()).extracting(ConsumedCapacity::total).containsExactly(4.0, 2.0);
    }

    @Test
    void totalIncludesIndexes() {
        ConsumedCapacity capacity = new ConsumedCapacity("t", 0, 2, Map.of("g", 1.0), Map.of("l", 0.5));
        assertThat(capacity.tableUnits()).isEqualTo(2.0);
        assertThat(capacity.total()).isEqualTo(3.5);
        assertThat(capacity.plus(ConsumedCapacity.write("t", 1)).total()).isEqualTo(4.5);
    }
}
