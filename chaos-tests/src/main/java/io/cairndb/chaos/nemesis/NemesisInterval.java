package io.cairndb.chaos.nemesis;

/** One fault of a run, from its start to its heal ({@code System.nanoTime()}), for the report's shading. */
public record NemesisInterval(String nemesis, String description, long startNanos, long endNanos) {
}
