package io.cairndb.router.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpServerConfigTest {

    @Test
    void aSingleNodeRunsOneEventLoopPerCore() {
        assertThat(HttpServerConfig.of("127.0.0.1", 0).effectiveIoThreads())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void aClusterRouterWhoseOperationsWaitOnGrpcRunManyLoops() {
        HttpServerConfig router = HttpServerConfig.of("127.0.0.1", 0).withStatusSource(() -> new byte[0]);
        assertThat(router.effectiveIoThreads()).isEqualTo(HttpServerConfig.CLUSTER_IO_THREADS);
        assertThat(router.withIoThreads(3).effectiveIoThreads()).isEqualTo(3);
    }

    @Test
    void theFourArgumentFormHasNoStatusSource() {
        assertThat(new HttpServerConfig("127.0.0.1", 0, 1024, 2).statusSource()).isNull();
    }
}
