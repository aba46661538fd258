package io.cairndb.router.cluster;

import java.time.Instant;

/** Epoch microseconds, the unit of write timestamps on the wire. */
final class Micros {
    private Micros() {
    }

    static long of(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }
}
