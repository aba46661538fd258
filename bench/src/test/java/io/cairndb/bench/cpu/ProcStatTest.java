package io.cairndb.bench.cpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProcStatTest {

  @Test
  void readsPidParentAndTimesAfterTheCommandName() {
    ProcStat stat = ProcStat.parse("4242 (java) S 4000 4242 4000 0 -1 4194560 12 0 0 0 1500 250 30 7 20 0 40 0 123 0 0");

    assertThat(stat.pid()).isEqualTo(4242);
    assertThat(stat.parentPid()).isEqualTo(4000);
    assertThat(stat.userTicks()).isEqualTo(1500);
    assertThat(stat.systemTicks()).isEqualTo(250);
    assertThat(stat.reapedChildrenUserTicks()).isEqualTo(30);
    assertThat(stat.reapedChildrenSystemTicks()).isEqualTo(7);
    assertThat(stat.totalTicks()).isEqualTo(1500 + 250 + 30 + 7);
  }

  @Test
  void commandNamesWithSpacesAndParenthesesDoNotShiftTheFields() {
    ProcStat stat = ProcStat.parse("77 (my (odd) srv) R 1 77 77 0 -1 0 0 0 0 0 11 22 33 44 20 0 1 0 5 0 0");

    assertThat(stat.pid()).isEqualTo(77);
    assertThat(stat.parentPid()).isEqualTo(1);
    assertThat(stat.totalTicks()).isEqualTo(11 + 22 + 33 + 44);
  }

  @Test
  void rejectsLinesThatAreNotStatLines() {
    assertThatThrownBy(() -> ProcStat.parse("no parentheses here")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProcStat.parse("5 (short) S 1 2 3")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("truncated");
  }
}
