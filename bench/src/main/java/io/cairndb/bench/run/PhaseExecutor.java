package io.cairndb.bench.run;

import io.cairndb.bench.cpu.ServerCpu;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;
import site.ycsb.DB;
import site.ycsb.WorkloadException;
import site.ycsb.measurements.Measurements;
import site.ycsb.workloads.CoreWorkload;

/**
 * Runs one phase: T client threads driving a YCSB CoreWorkload through their own measured
 * binding instance, all started together, until the operation budget or the deadline is used up.
 * Server CPU is sampled right before the threads are released and right after the last one ends.
 */
final class PhaseExecutor {

  /** What one loop iteration does with the workload: a load insert or a transaction. */
  interface Step {
    void run(CoreWorkload workload, DB db, Object threadState);
  }

  private static final long PROGRESS_INTERVAL_SECONDS = 2;

  static {
    // CoreWorkload's constructor fetches YCSB's global Measurements, which must be configured
    // first. We measure around the DB calls ourselves, so YCSB's defaults are fine.
    Measurements.setProperties(new Properties());
  }

  private final int threads;
  private final Supplier<DB> bindings;
  private final ServerCpu serverCpu;
  private final PrintStream progress;

  PhaseExecutor(int threads, Supplier<DB> bindings, ServerCpu serverCpu, PrintStream progress) {
    this.threads = threads;
    this.bindings = bindings;
    this.serverCpu = serverCpu;
    this.progress = progress;
  }

  PhaseResult run(String name, Properties properties, long operations, long durationSeconds, Step step) {
    CoreWorkload workload = new CoreWorkload();
    try {
      workload.init(properties);
    } catch (WorkloadException e) {
      throw new IllegalArgumentException("bad workload properties for " + name + ": " + e.getMessage(), e);
    }
    Budget budget = new Budget(operations, durationSeconds);
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<PhaseRecorder> recorders = new ArrayList<>();
    List<Thread> workers = new ArrayList<>();
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < threads; i++) {
      PhaseRecorder recorder = new PhaseRecorder();
      recorders.add(recorder);
      DB db = new MeasuringDb(bindings.get(), recorder);
      Object state = initThread(workload, properties, i);
      Thread worker = new Thread(() -> {
        ready.countDown();
        try {
          go.await();
          while (budget.next()) {
            step.run(workload, db, state);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
          failures.add(e);
          budget.stop();
        }
      }, "bench-" + name + "-" + i);
      workers.add(worker);
      worker.start();
    }
    try {
      ready.await();
      Long cpuBefore = serverCpu.sampleNanos();
      long clientCpuBefore = ClientCpu.nanos();
      long start = System.nanoTime();
      budget.start(start);
      go.countDown();
      awaitWithProgress(name, workers, budget, start);
      long elapsed = System.nanoTime() - start;
      Long cpuAfter = serverCpu.sampleNanos();
      long clientCpu = ClientCpu.nanos() - clientCpuBefore;
      if (!failures.isEmpty()) {
        IllegalStateException failure = new IllegalStateException("phase " + name + " failed in a client thread");
        failures.forEach(failure::addSuppressed);
        throw failure;
      }
      return summarize(name, recorders, elapsed, cpuBefore == null ? null : cpuAfter - cpuBefore, clientCpu);
    } catch (InterruptedException e) {
      budget.stop();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during phase " + name, e);
    } finally {
      workload.requestStop();
      cleanup(workload);
    }
  }

  private static void cleanup(CoreWorkload workload) {
    try {
      workload.cleanup();
    } catch (WorkloadException e) {
      throw new IllegalStateException("workload cleanup failed", e);
    }
  }

  private Object initThread(CoreWorkload workload, Properties properties, int index) {
    try {
      return workload.initThread(properties, index, threads);
    } catch (WorkloadException e) {
      throw new IllegalStateException(e);
    }
  }

  private void awaitWithProgress(String name, List<Thread> workers, Budget budget, long start)
      throws InterruptedException {
    for (Thread worker : workers) {
      while (!worker.join(Duration.ofSeconds(PROGRESS_INTERVAL_SECONDS))) {
        double seconds = (System.nanoTime() - start) / 1e9;
        progress.printf("  %-6s %,d ops in %.0f s (%,.0f ops/s)%n", name, budget.issued(), seconds,
            budget.issued() / seconds);
      }
    }
  }

  private PhaseResult summarize(String name, List<PhaseRecorder> recorders, long elapsedNanos, Long cpuNanos,
                                long clientCpuNanos) {
    Histogram all = PhaseRecorder.newHistogram();
    long errors = 0;
    List<OperationResult> byOperation = new ArrayList<>();
    List<String> samples = new ArrayList<>();
    for (Operation op : Operation.values()) {
      Histogram merged = PhaseRecorder.newHistogram();
      long opErrors = 0;
      for (PhaseRecorder r : recorders) {
        merged.add(r.latencies(op));
        opErrors += r.errors(op);
      }
      if (merged.getTotalCount() > 0) {
        byOperation.add(new OperationResult(op.apiName(), opErrors, LatencySummary.of(merged)));
        all.add(merged);
        errors += opErrors;
      }
    }
    for (PhaseRecorder r : recorders) {
      for (String sample : r.errorSamples()) {
        if (samples.size() < PhaseRecorder.ERROR_SAMPLES) {
          samples.add(sample);
        }
      }
    }
    return new PhaseResult(name, threads, all.getTotalCount(), errors, elapsedNanos,
        LatencySummary.of(all), byOperation, cpuNanos, clientCpuNanos, samples);
  }

  /** Hands out operations until the count or the deadline runs out; shared by all threads. */
  private static final class Budget {
    private final long operations;
    private final long durationNanos;
    private final AtomicLong issued = new AtomicLong();
    private volatile long deadline = Long.MAX_VALUE;
    private volatile boolean stopped;

    Budget(long operations, long durationSeconds) {
      this.operations = operations > 0 ? operations : Long.MAX_VALUE;
      this.durationNanos = durationSeconds > 0 ? TimeUnit.SECONDS.toNanos(durationSeconds) : 0;
    }

    void start(long startNanos) {
      if (durationNanos > 0) {
        deadline = startNanos + durationNanos;
      }
    }

    boolean next() {
      if (stopped || (deadline != Long.MAX_VALUE && System.nanoTime() - deadline > 0)) {
        return false;
      }
      if (issued.getAndIncrement() >= operations) {
        issued.decrementAndGet();
        return false;
      }
      return true;
    }

    void stop() {
      stopped = true;
    }

    long issued() {
      return issued.get();
    }
  }
}
