package io.cairndb.router.cluster;

import io.cairndb.membership.Seeds;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a router reaches and talks to the cluster.
 *
 * @param seeds           gRPC addresses ({@code host:port}) of the seed nodes, which host the
 *                        membership group; the router asks them for the cluster map
 * @param region          the router's region
 * @param az              the router's availability zone: eventually consistent reads prefer a
 *                        replica in it
 * @param requestDeadline how long one request may take across all its retries (default 10 s);
 *                        past it the client gets a retryable InternalServerError
 * @param attemptTimeout  bound of one RPC attempt (default 3 s), so a hung replica costs one
 *                        attempt, not the whole deadline
 * @param minBackoff      first pause between retries (default 20 ms)
 * @param maxBackoff      largest pause between retries (default 250 ms: a new leader is found within a quarter second of its election)
 * @param connectTimeout  how long {@link ClusterClient#connect} waits for the first map (default 30 s)
 * @param readYourWrites  eventual reads only from replicas that applied this router's own writes
 *                        (default true); off only in a deliberately unsafe test mode
 */
public record ClusterClientSettings(List<String> seeds, String region, String az, Duration requestDeadline,
                                    Duration attemptTimeout, Duration minBackoff, Duration maxBackoff,
                                    Duration connectTimeout, boolean readYourWrites) {
    public static final Duration DEFAULT_REQUEST_DEADLINE = Duration.ofSeconds(10);
    public static final Duration DEFAULT_ATTEMPT_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration DEFAULT_MIN_BACKOFF = Duration.ofMillis(20);
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofMillis(250);
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(30);

    public ClusterClientSettings {
        seeds = List.copyOf(seeds);
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("at least one seed address is needed");
        }
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(az, "az");
    }

    /** The defaults for everything but the seeds' gRPC addresses, region and AZ. */
    public static ClusterClientSettings of(List<String> seedGrpcAddresses, String region, String az) {
        return new ClusterClientSettings(seedGrpcAddresses, region, az, DEFAULT_REQUEST_DEADLINE,
                DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_MIN_BACKOFF, DEFAULT_MAX_BACKOFF, DEFAULT_CONNECT_TIMEOUT, true);
    }

    /** As {@link #of(List, String, String)}, from a {@code --seeds} value ({@code n1=host:raftPort:grpcPort,...}). */
    public static ClusterClientSettings fromSeeds(String seeds, String region, String az) {
        return of(Seeds.parse(seeds).grpcAddresses(), region, az);
    }

    public ClusterClientSettings withRequestDeadline(Duration deadline) {
        return new ClusterClientSettings(seeds, region, az, deadline, attemptTimeout, minBackoff, maxBackoff,
                connectTimeout, readYourWrites);
    }

    public ClusterClientSettings withAttemptTimeout(Duration timeout) {
        return new ClusterClientSettings(seeds, region, az, requestDeadline, timeout, minBackoff, maxBackoff,
                connectTimeout, readYourWrites);
    }

    public ClusterClientSettings withBackoff(Duration min, Duration max) {
        return new ClusterClientSettings(seeds, region, az, requestDeadline, attemptTimeout, min, max,
                connectTimeout, readYourWrites);
    }

    public ClusterClientSettings withConnectTimeout(Duration timeout) {
        return new ClusterClientSettings(seeds, region, az, requestDeadline, attemptTimeout, minBackoff, maxBackoff,
                timeout, readYourWrites);
    }

    public ClusterClientSettings withReadYourWrites(boolean on) {
        return new ClusterClientSettings(seeds, region, az, requestDeadline, attemptTimeout, minBackoff, maxBackoff,
                connectTimeout, on);
    }
}
