package io.cairndb.chaos.workload;

import io.cairndb.chaos.checker.Checker;
import io.cairndb.chaos.run.Client;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** What the clients of a run do, and how their history is checked. */
public interface Workload {
    String name();

    /** Creates what the run needs (its table), before the clients start. */
    void setUp(DynamoDbClient dynamo);

    /** One operation of {@code client}, recorded through it. */
    void step(Client client);

    /** After the nemeses healed: the reads the checkers need at the end (a set's final read...). */
    void finish(Client client);

    List<Checker> checkers();
}
