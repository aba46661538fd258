package io.cairndb.router.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import io.cairndb.engine.codec.ItemCodec;
import io.cairndb.engine.error.ConditionalCheckFailedException;
import io.cairndb.engine.error.DynamoDbException;
import io.cairndb.engine.error.InternalServerError;
import io.cairndb.proto.Failure;
import io.grpc.Status;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RetryingCallerTest {
    private static final Failure OK = Failure.getDefaultInstance();

    private final AtomicLong now = new AtomicLong();
    private final List<Duration> pauses = new ArrayList<>();
    private final RetryingCaller caller = new RetryingCaller(
            new RetryPolicy(Duration.ofMillis(20), Duration.ofMillis(500), Duration.ofSeconds(3),
                    Duration.ofSeconds(10), now::get, new Random(1)),
            pause -> {
                pauses.add(pause);
                now.addAndGet(pause.toNanos()); // time passes only in the test's clock
            });
    private final FakeTargets targets = new FakeTargets("n1", "n2", "n3");
    private final Map<String, Deque<Object>> script = new HashMap<>();
    private final List<String> calls = new ArrayList<>();

    /** Queues answers for {@code address}: a Failure, or a gRPC Status to throw. The last one repeats. */
    private void answer(String address, Object... answers) {
        script.computeIfAbsent(address, a -> new ArrayDeque<>()).addAll(List.of(answers));
    }

    private Failure call() {
        return caller.call("test", targets, (address, timeout) -> {
            calls.add(address);
            now.addAndGet(Duration.ofMillis(1).toNanos());
            Deque<Object> answers = script.get(address);
            Object answer = answers.size() > 1 ? answers.poll() : answers.peek();
            if (answer instanceof Status status) {
                throw status.asRuntimeException();
            }
            return (Failure) answer;
        }, Function.identity());
    }

    private static Failure notLeader(String leaderAddress) {
        return Failure.newBuilder().setKind(Failure.Kind.NOT_LEADER).setLeaderAddress(leaderAddress).build();
    }

    private static Failure kind(Failure.Kind kind) {
        return Failure.newBuilder().setKind(kind).build();
    }

    @Test
    void followsANotLeaderRedirectWithoutPausing() {
        answer("n1", notLeader("n3"));
        answer("n3", OK);
        assertThat(call()).isEqualTo(OK);
        assertThat(calls).containsExactly("n1", "n3");
        assertThat(pauses).isEmpty();
        assertThat(targets.redirects).containsExactly("n3");
        assertThat(targets.succeeded).containsExactly("n3");
    }

    @Test
    void aLeaderNamedOnlyByIdIsFoundInTheMap() {
        answer("n1", Failure.newBuilder().setKind(Failure.Kind.NOT_LEADER).setLeaderId("node-3").build());
        answer("n3", OK);
        assertThat(call()).isEqualTo(OK);
        assertThat(calls).containsExactly("n1", "n3");
        assertThat(pauses).isEmpty();
    }

    @Test
    void aLeaderNamedByAnIdTheMapDoesNotKnowCountsAsNoLeader() {
        answer("n1", Failure.newBuilder().setKind(Failure.Kind.NOT_LEADER).setLeaderId("node-9").build());
        answer("n2", OK);
        assertThat(call()).isEqualTo(OK);
        assertThat(targets.misses).containsExactly("n1:NOT_LEADER");
    }

    @Test
    void aReplicaBehindTheReadersWritesSendsTheReadToTheLeaderWithoutPausing() {
        answer("n1", Failure.newBuilder().setKind(Failure.Kind.BEHIND).setLeaderId("node-3").build());
        answer("n3", OK);
        assertThat(call()).isEqualTo(OK);
        assertThat(calls).containsExactly("n1", "n3");
        assertThat(pauses).isEmpty();
        assertThat(targets.redirects).containsExactly("n3");
        assertThat(targets.misses).isEmpty();
    }

    @Test
    void aLeaderThatIsItselfBehindIsRetriedAfterABackoffLikeUnavailable() {
        // A just-elected leader may not have applied the router's last write yet.
        targets.stayOnMiss = true;
        answer("n1", Failure.newBuilder().setKind(Failure.Kind.BEHIND).setLeaderAddress("n1").build(), OK);
        assertThat(call()).isEqualTo(OK);
        assertThat(targets.misses).containsExactly("n1:UNAVAILABLE");
        assertThat(pauses).hasSize(1);
    }

    @Test
    void behindAnswersCountAsRedirectsSoTheyCannotLoopAtFullSpeed() {
        answer("n1", Failure.newBuilder().setKind(Failure.Kind.BEHIND).setLeaderAddress("n2").build());
        answer("n2", Failure.newBuilder().setKind(Failure.Kind.BEHIND).setLeaderAddress("n1").build());
        assertThatThrownBy(this::call).isInstanceOf(InternalServerError.class)
                .hasMessageContaining("BEHIND");
        assertThat(calls.size() - pauses.size()).isLessThanOrEqualTo(RetryingCaller.FREE_REDIRECTS + 1);
    }

    @Test
    void redirectsThatGoRoundInCirclesAreSlowedByBackoff() {
        answer("n1", notLeader("n2"));
        answer("n2", notLeader("n1"));
        assertThatThrownBy(this::call).isInstanceOf(InternalServerError.class);
        assertThat(calls.size()).isGreaterThan(RetryingCaller.FREE_REDIRECTS + 1);
        assertThat(pauses).isNotEmpty();
        // only the first few redirects are free; every later one waits
        assertThat(calls.size() - pauses.size()).isLessThanOrEqualTo(RetryingCaller.FREE_REDIRECTS + 1);
    }

    @Test
    void notLeaderWithoutAnAddressAndGroupNotFoundAskForAFreshMapAndBackOff() {
        answer("n1", kind(Failure.Kind.NOT_LEADER));
        answer("n2", kind(Failure.Kind.GROUP_NOT_FOUND));
        answer("n3", OK);
        assertThat(call()).isEqualTo(OK);
        assertThat(targets.misses).containsExactly("n1:NOT_LEADER", "n2:GROUP_NOT_FOUND");
        assertThat(pauses).hasSize(2);
    }

    @Test
    void unavailableAndTransportErrorsAreRetriedWithGrowingPauses() {
        answer("n1", Status.UNAVAILABLE, kind(Failure.Kind.UNAVAILABLE), Status.DEADLINE_EXCEEDED, OK);
        targets.stayOnMiss = true;
        assertThat(call()).isEqualTo(OK);
        assertThat(calls).containsExactly("n1", "n1", "n1", "n1");
        assertThat(targets.misses).containsExactly("n1:TRANSPORT", "n1:UNAVAILABLE", "n1:TRANSPORT");
        assertThat(pauses).hasSize(3);
        assertThat(pauses.get(2)).isGreaterThan(Duration.ofMillis(20)); // third ceiling is 80 ms, pause >= 40 ms
    }

    @Test
    void givesUpAtTheDeadlineWithARetryableInternalServerError() {
        answer("n1", Status.UNAVAILABLE);
        answer("n2", Status.UNAVAILABLE);
        answer("n3", Status.UNAVAILABLE);
        assertThatThrownBy(this::call)
                .isInstanceOfSatisfying(InternalServerError.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(500);
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.errorCode()).isEqualTo("InternalServerError");
                    assertThat(e.getMessage()).contains("within 10000 ms").contains("UNAVAILABLE");
                });
        assertThat(Duration.ofNanos(now.get())).isBetween(Duration.ofSeconds(10), Duration.ofMillis(10_010));
        assertThat(calls).contains("n1", "n2", "n3");
    }

    @Test
    void aDynamoDbFailureIsTheTypedErrorAtOnce() {
        Failure failed = Failure.newBuilder().setKind(Failure.Kind.DYNAMODB)
                .setErrorCode("ConditionalCheckFailedException").setMessage("The conditional request failed")
                .setItem(ByteString.copyFrom(ItemCodec.encode(ClusterFixtures.item("a", 1)))).build();
        answer("n1", failed);
        assertThatThrownBy(this::call).isInstanceOfSatisfying(ConditionalCheckFailedException.class,
                e -> assertThat(e.item()).contains(ClusterFixtures.item("a", 1)));
        assertThat(calls).containsExactly("n1");
        assertThat(pauses).isEmpty();
    }

    @Test
    void aValidationFailureKeepsItsMessage() {
        answer("n1", Failure.newBuilder().setKind(Failure.Kind.DYNAMODB).setErrorCode("ValidationException")
                .setMessage("The provided key element does not match the schema").build());
        assertThatThrownBy(this::call).isInstanceOfSatisfying(DynamoDbException.class, e -> {
            assertThat(e.errorCode()).isEqualTo("ValidationException");
            assertThat(e.getMessage()).isEqualTo("The provided key element does not match the schema");
        });
    }

    @Test
    void aGrpcErrorNoRetryCanFixFailsAtOnceAsInternalServerError() {
        answer("n1", Status.UNIMPLEMENTED);
        assertThatThrownBy(this::call).isInstanceOf(InternalServerError.class).hasMessageContaining("UNIMPLEMENTED");
        assertThat(calls).containsExactly("n1");
    }

    @Test
    void noKnownReplicaMeansBackOffUntilOneAppears() {
        FakeTargets empty = new FakeTargets();
        answer("late", OK);
        Failure result = caller.call("test", empty, (address, timeout) -> {
            calls.add(address);
            return OK;
        }, Function.identity());
        assertThat(result).isEqualTo(OK);
        assertThat(pauses).hasSize(2); // FakeTargets with no addresses offers "late" from the third try
    }

    /** Rotates over fixed addresses, recording what the caller told it. */
    private static final class FakeTargets implements Targets {
        private final List<String> addresses;
        private int index;
        private int nexts;
        private String pinned;
        boolean stayOnMiss;
        final List<String> redirects = new ArrayList<>();
        final List<String> succeeded = new ArrayList<>();
        final List<String> misses = new ArrayList<>();

        FakeTargets(String... addresses) {
            this.addresses = List.of(addresses);
        }

        @Override
        public String next() {
            nexts++;
            if (pinned != null) {
                return pinned;
            }
            if (addresses.isEmpty()) {
                return nexts >= 3 ? "late" : null;
            }
            return addresses.get(index % addresses.size());
        }

        @Override
        public void succeeded(String address) {
            succeeded.add(address);
        }

        @Override
        public String addressOf(String nodeId) {
            return nodeId.equals("node-3") ? "n3" : null;
        }

        @Override
        public void redirect(String leaderAddress) {
            redirects.add(leaderAddress);
            pinned = leaderAddress;
        }

        @Override
        public void missed(String address, Miss miss) {
            misses.add(address + ":" + miss);
            pinned = null;
            if (!stayOnMiss) {
                index++;
            }
        }
    }
}
