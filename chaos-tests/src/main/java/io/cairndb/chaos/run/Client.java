package io.cairndb.chaos.run;

import io.cairndb.chaos.history.History;
import io.cairndb.chaos.history.Op;
import io.cairndb.chaos.history.Value;
import java.util.Random;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One client of a run: a thread's DynamoDB client, its random source and its process id, which
 * records every call it makes as an invocation and a completion. After an INFO completion the
 * client continues as a new process (the old one's last operation may still be pending), as in
 * Jepsen.
 */
public final class Client {
    private final DynamoDbClient dynamo;
    private final History history;
    private final Random random;
    private final int processStride;
    private int process;

    /**
     * @param process this client's first process id
     * @param processStride how far to move the id after an INFO (the number of clients, so ids never collide)
     */
    public Client(DynamoDbClient dynamo, History history, Random random, int process, int processStride) {
        this.dynamo = dynamo;
        this.history = history;
        this.random = random;
        this.process = process;
        this.processStride = processStride;
    }

    public DynamoDbClient dynamo() {
        return dynamo;
    }

    public Random random() {
        return random;
    }

    /**
     * Invokes {@code f} on {@code key}: records the invocation with {@code request}, runs
     * {@code call}, and records OK with what it returned, or FAIL/INFO as {@link Outcomes} classifies
     * its exception.
     */
    public void call(String f, String key, Value request, Supplier<Value> call) {
        history.record(process, Op.Type.INVOKE, f, key, request, System.nanoTime());
        Value returned;
        try {
            returned = call.get();
        } catch (RuntimeException failure) {
            Op.Type type = Outcomes.of(failure);
            history.record(process, type, f, key, Value.NONE, System.nanoTime());
            if (type == Op.Type.INFO) {
                process += processStride;
            }
            return;
        }
        history.record(process, Op.Type.OK, f, key, returned, System.nanoTime());
    }
}
