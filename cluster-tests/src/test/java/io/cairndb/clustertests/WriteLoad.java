package io.cairndb.clustertests;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Writers that alternate a PutItem of a fresh item and an UpdateItem ADD on one counter,
 * remembering what was attempted and what was acknowledged, with the time of each counter
 * acknowledgement (for the unavailability window). The client must not retry by itself: an
 * attempt the client does not see acknowledged may or may not have applied, so "attempted"
 * counts every call made.
 */
final class WriteLoad implements AutoCloseable {
    /** One UpdateItem ADD: when it was sent and when it was acknowledged. */
    record Ack(long startNanos, long endNanos) {
    }

    private final DynamoDbClient client;
    private final String table;
    private final String counterId;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final Map<String, Long> acknowledgedPuts = new ConcurrentHashMap<>();
    private final AtomicLong attemptedPuts = new AtomicLong();
    private final AtomicLong attemptedIncrements = new AtomicLong();
    private final AtomicLong acknowledgedIncrements = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final ConcurrentLinkedQueue<Ack> counterAcks = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> failureSamples = new ConcurrentLinkedQueue<>();

    WriteLoad(DynamoDbClient client, String table, String counterId, int writers) {
        this.client = client;
        this.table = table;
        this.counterId = counterId;
        for (int w = 0; w < writers; w++) {
            String prefix = "w" + w + "-";
            Thread thread = Thread.ofPlatform().name("writer-" + w).daemon().start(() -> write(prefix));
            threads.add(thread);
        }
    }

    private void write(String prefix) {
        for (long i = 0; running.get(); i++) {
            String id = prefix + i;
            attemptedPuts.incrementAndGet();
            try {
                client.putItem(b -> b.tableName(table).item(Map.of(Tables.KEY, AttributeValue.fromS(id),
                        "v", AttributeValue.fromN(Long.toString(id.hashCode())))));
                acknowledgedPuts.put(id, (long) id.hashCode());
            } catch (RuntimeException e) {
                failed(e);
            }
            long start = System.nanoTime();
            attemptedIncrements.incrementAndGet();
            try {
                client.updateItem(b -> b.tableName(table).key(Tables.key(counterId))
                        .updateExpression("ADD n :one")
                        .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
                acknowledgedIncrements.incrementAndGet();
                counterAcks.add(new Ack(start, System.nanoTime()));
            } catch (RuntimeException e) {
                failed(e);
            }
        }
    }

    private void failed(RuntimeException e) {
        failures.incrementAndGet();
        if (failureSamples.size() < 5) {
            failureSamples.add(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    long acknowledgedIncrements() {
        return acknowledgedIncrements.get();
    }

    long attemptedIncrements() {
        return attemptedIncrements.get();
    }

    long attemptedPuts() {
        return attemptedPuts.get();
    }

    long failures() {
        return failures.get();
    }

    List<String> failureSamples() {
        return List.copyOf(failureSamples);
    }

    /** Every acknowledged PutItem: id → the value written. */
    Map<String, Long> acknowledgedPuts() {
        return Map.copyOf(acknowledgedPuts);
    }

    /** Counter acknowledgements of calls sent after {@code nanos}. */
    long acksSentAfter(long nanos) {
        return counterAcks.stream().filter(a -> a.startNanos() > nanos).count();
    }

    /** When the first counter update sent after {@code nanos} was acknowledged. */
    OptionalLong firstAckSentAfter(long nanos) {
        return counterAcks.stream().filter(a -> a.startNanos() > nanos).mapToLong(Ack::endNanos).min();
    }

    /** The last counter acknowledgement before {@code nanos}. */
    OptionalLong lastAckBefore(long nanos) {
        return counterAcks.stream().filter(a -> a.endNanos() < nanos).mapToLong(Ack::endNanos).max();
    }

    /** Longest time without a counter acknowledgement between the first and last one. */
    Optional<Duration> longestGap() {
        List<Long> ends = counterAcks.stream().map(Ack::endNanos).sorted().toList();
        long longest = -1;
        for (int i = 1; i < ends.size(); i++) {
            longest = Math.max(longest, ends.get(i) - ends.get(i - 1));
        }
        return longest < 0 ? Optional.empty() : Optional.of(Duration.ofNanos(longest));
    }

    /** Stops the writers and waits for the calls in flight to finish. */
    @Override
    public void close() {
        running.set(false);
        for (Thread thread : threads) {
            try {
                if (!thread.join(Duration.ofSeconds(60))) {
                    throw new IllegalStateException(thread.getName() + " still running 60 s after stop");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
