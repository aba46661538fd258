package io.cairndb.bench.run;

/** One DynamoDB call's share of a phase (e.g. the UpdateItem half of workload A). */
public record OperationResult(String apiName, long errors, LatencySummary latency) {
}
