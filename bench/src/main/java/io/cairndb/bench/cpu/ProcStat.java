package io.cairndb.bench.cpu;

/**
 * The fields of one {@code /proc/<pid>/stat} line that the benchmark needs, in clock ticks.
 *
 * <p>The second field, the command name, is in parentheses and may itself contain spaces and
 * parentheses, so the line is split only after its <em>last</em> closing parenthesis.
 */
public record ProcStat(long pid, long parentPid, long userTicks, long systemTicks,
                       long reapedChildrenUserTicks, long reapedChildrenSystemTicks) {

  /** Fields after the command name start at field 3 (state); see proc(5). */
  private static final int FIRST_FIELD_AFTER_COMMAND = 3;
  private static final int PPID = 4;
  private static final int UTIME = 14;
  private static final int STIME = 15;
  private static final int CUTIME = 16;
  private static final int CSTIME = 17;

  public static ProcStat parse(String line) {
    int open = line.indexOf('(');
    int close = line.lastIndexOf(')');
    if (open <= 0 || close < open) {
      throw new IllegalArgumentException("not a /proc/<pid>/stat line: " + line);
    }
    long pid = Long.parseLong(line.substring(0, open).trim());
    String[] rest = line.substring(close + 1).trim().split(" ");
    if (rest.length <= CSTIME - FIRST_FIELD_AFTER_COMMAND) {
      throw new IllegalArgumentException("truncated /proc/<pid>/stat line: " + line);
    }
    return new ProcStat(pid, field(rest, PPID), field(rest, UTIME), field(rest, STIME),
        field(rest, CUTIME), field(rest, CSTIME));
  }

  private static long field(String[] rest, int fieldNumber) {
    return Long.parseLong(rest[fieldNumber - FIRST_FIELD_AFTER_COMMAND]);
  }

  /** CPU of the process itself (all its threads) plus that of its children it has already reaped. */
  public long totalTicks() {
    return userTicks + systemTicks + reapedChildrenUserTicks + reapedChildrenSystemTicks;
  }
}
