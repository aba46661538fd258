package io.cairndb.bench.ycsb;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Builds the one SDK client a benchmark run shares between all its threads.
 *
 * <p>Retries are off so that every failed request shows up as an error in the results instead of
 * as a slow success; the connection pool has one kept-alive connection per client thread, so no
 * thread waits for a connection and none is opened during the measured phases.
 */
public final class DynamoDbClients {

  /** Any credentials do: CairnDB and DynamoDB Local accept every signature. */
  private static final StaticCredentialsProvider DUMMY_CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("cairnbench", "cairnbench"));

  private DynamoDbClients() {
  }

  public static DynamoDbClient create(URI endpoint, int threads) {
    return DynamoDbClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(DUMMY_CREDENTIALS)
        .httpClientBuilder(ApacheHttpClient.builder()
            .maxConnections(Math.max(1, threads))
            .tcpKeepAlive(true)
            .useIdleConnectionReaper(true)
            .connectionTimeout(Duration.ofSeconds(5))
            .socketTimeout(Duration.ofSeconds(30)))
        .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry())
            .apiCallTimeout(Duration.ofSeconds(60)))
        .build();
  }
}
