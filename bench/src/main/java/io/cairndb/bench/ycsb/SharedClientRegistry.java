package io.cairndb.bench.ycsb;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One SDK client per endpoint for the binding instances YCSB's own {@code site.ycsb.Client}
 * creates (one per thread, through the no-argument constructor): the first {@code init()}
 * builds it, the last {@code cleanup()} closes it. `cairn bench` itself does not need this; it
 * hands its client to each binding instance directly.
 */
final class SharedClientRegistry {

  private record Entry(DynamoDbClient client, int users) {
  }

  private static final Map<URI, Entry> CLIENTS = new HashMap<>();

  private SharedClientRegistry() {
  }

  static synchronized DynamoDbClient acquire(URI endpoint, int threads) {
    Entry entry = CLIENTS.get(endpoint);
    DynamoDbClient client = entry == null ? DynamoDbClients.create(endpoint, threads) : entry.client();
    CLIENTS.put(endpoint, new Entry(client, entry == null ? 1 : entry.users() + 1));
    return client;
  }

  static synchronized void release(URI endpoint) {
    Entry entry = CLIENTS.get(endpoint);
    if (entry == null) {
      return;
    }
    if (entry.users() == 1) {
      CLIENTS.remove(endpoint);
      entry.client().close();
    } else {
      CLIENTS.put(endpoint, new Entry(entry.client(), entry.users() - 1));
    }
  }
}
