package io.cairndb.router.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.cairndb.proto.RequestId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ClientRequestIdsTest {
    private final ClientRequestIds ids = new ClientRequestIds();

    @Test
    void eachIdAcknowledgesBelowTheOldestRequestStillOutstanding() {
        ClientRequestIds.Outstanding first = ids.open();
        ClientRequestIds.Outstanding second = ids.open();
        ClientRequestIds.Outstanding third = ids.open();
        assertThat(List.of(first.id(), second.id(), third.id()))
                .extracting(RequestId::getSequence, RequestId::getAcknowledgedBelow)
                .containsExactly(tuple(1L, 1L), tuple(2L, 1L), tuple(3L, 1L));
        assertThat(first.id().getClientId()).isEqualTo(ids.clientId());

        second.close(); // answered, but the first is still being retried
        assertThat(ids.open().id().getAcknowledgedBelow()).isEqualTo(1);
        first.close();
        assertThat(ids.open().id().getAcknowledgedBelow()).isEqualTo(3);
    }

    @Test
    void noIdAcknowledgesARequestThatIsStillOutstanding() throws Exception {
        ConcurrentLinkedQueue<Long> outstanding = new ConcurrentLinkedQueue<>();
        List<String> violations = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                workers.add(pool.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        try (ClientRequestIds.Outstanding request = ids.open()) {
                            long sequence = request.id().getSequence();
                            outstanding.add(sequence);
                            long acknowledged = request.id().getAcknowledgedBelow();
                            // Every request opened before this one and not yet closed is at or above the mark.
                            for (long other : outstanding) {
                                if (other < acknowledged) {
                                    synchronized (violations) {
                                        violations.add(other + " outstanding below " + acknowledged);
                                    }
                                }
                            }
                            outstanding.remove(sequence);
                        }
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(violations).isEmpty();
        assertThat(ids.open().id().getAcknowledgedBelow()).isEqualTo(80_001);
    }
}
