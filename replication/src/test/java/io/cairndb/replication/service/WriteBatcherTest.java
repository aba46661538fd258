package io.cairndb.replication.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairndb.proto.RequestId;
import io.cairndb.proto.WriteRequest;
import org.junit.jupiter.api.Test;

class WriteBatcherTest {
    private static WriteRequest withClient(String clientId) {
        return WriteRequest.newBuilder().setGroupId("g1")
                .setRequestId(RequestId.newBuilder().setClientId(clientId).setSequence(7)).build();
    }

    @Test
    void onlyWritesTheStateMachineCanDeduplicateShareAnEntry() {
        assertThat(WriteBatcher.batchable(withClient("router-1"))).isTrue();
        assertThat(WriteBatcher.batchable(WriteRequest.newBuilder().setGroupId("g1").build()))
                .as("no request id").isFalse();
        assertThat(WriteBatcher.batchable(withClient(""))).as("empty client id").isFalse();
        assertThat(WriteBatcher.batchable(withClient("a\0b"))).as("client id with NUL").isFalse();
    }
}
