package io.cairndb.bench.run;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.Vector;
import site.ycsb.ByteIterator;
import site.ycsb.DB;
import site.ycsb.Status;

/**
 * Times every call into the binding (the client-side latency, as YCSB's DBWrapper does) and
 * counts non-OK results as errors. Per thread: see {@link PhaseRecorder}.
 */
final class MeasuringDb extends DB {

  private final DB delegate;
  private final PhaseRecorder recorder;

  MeasuringDb(DB delegate, PhaseRecorder recorder) {
    this.delegate = delegate;
    this.recorder = recorder;
  }

  @Override
  public Status read(String table, String key, Set<String> fields, Map<String, ByteIterator> result) {
    long start = System.nanoTime();
    Status status = delegate.read(table, key, fields, result);
    recorder.record(Operation.READ, start, status);
    return status;
  }

  @Override
  public Status scan(String table, String startKey, int recordCount, Set<String> fields,
                     Vector<HashMap<String, ByteIterator>> result) {
    long start = System.nanoTime();
    Status status = delegate.scan(table, startKey, recordCount, fields, result);
    recorder.record(Operation.SCAN, start, status);
    return status;
  }

  @Override
  public Status update(String table, String key, Map<String, ByteIterator> values) {
    long start = System.nanoTime();
    Status status = delegate.update(table, key, values);
    recorder.record(Operation.UPDATE, start, status);
    return status;
  }

  @Override
  public Status insert(String table, String key, Map<String, ByteIterator> values) {
    long start = System.nanoTime();
    Status status = delegate.insert(table, key, values);
    recorder.record(Operation.INSERT, start, status);
    return status;
  }

  @Override
  public Status delete(String table, String key) {
    long start = System.nanoTime();
    Status status = delegate.delete(table, key);
    recorder.record(Operation.DELETE, start, status);
    return status;
  }
}
