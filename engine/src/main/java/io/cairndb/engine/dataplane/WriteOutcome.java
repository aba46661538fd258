package io.cairndb.engine.dataplane;

import io.cairndb.engine.write.ChangeRecord;
import io.cairndb.engine.write.WriteResult;

/** A write as the data plane applied it: the images and the change record it produced. */
public record WriteOutcome(WriteResult result, ChangeRecord change) {
}
