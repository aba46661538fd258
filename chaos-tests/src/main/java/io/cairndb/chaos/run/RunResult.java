package io.cairndb.chaos.run;

import io.cairndb.chaos.checker.Verdict;
import io.cairndb.chaos.nemesis.NemesisInterval;
import java.nio.file.Path;
import java.util.List;

/** What a run produced: the verdicts, the faults, and where the history and the report were saved. */
public record RunResult(ChaosSettings settings, List<Verdict> verdicts, List<NemesisInterval> faults, long operations,
                        Path history, Path report) {
    public RunResult {
        verdicts = List.copyOf(verdicts);
        faults = List.copyOf(faults);
    }

    /** Valid only when every checker found the history valid. */
    public boolean valid() {
        return verdicts.stream().allMatch(Verdict::isValid);
    }
}
