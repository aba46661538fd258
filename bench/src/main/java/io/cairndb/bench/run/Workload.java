package io.cairndb.bench.run;

import java.util.Locale;
import java.util.Properties;

/**
 * The workloads `cairn bench` runs, as YCSB CoreWorkload properties. A and C are YCSB's
 * workloada and workloadc as shipped (zipfian request distribution, all fields read, one field
 * updated); PUT inserts new records only (YCSB's transaction inserts, keys after the loaded ones);
 * QUERY is workloade's scan without its 5% inserts, so every operation is a Query.
 */
public enum Workload {
  A("workload A: 50% GetItem, 50% UpdateItem, zipfian keys") {
    @Override
    void configure(Properties p) {
      p.setProperty("readproportion", "0.5");
      p.setProperty("updateproportion", "0.5");
    }
  },
  C("workload C: 100% GetItem, zipfian keys") {
    @Override
    void configure(Properties p) {
      p.setProperty("readproportion", "1");
    }
  },
  /** PutItem latency on its own: the load phase measures it too, but on an empty, growing table. */
  PUT("put: 100% PutItem of new ~1 KB records after the load") {
    @Override
    void configure(Properties p) {
      p.setProperty("insertproportion", "1");
    }
  },
  QUERY("query: 100% Query of a sort-key range in one partition key, zipfian start keys") {
    @Override
    void configure(Properties p) {
      p.setProperty("scanproportion", "1");
      p.setProperty("scanlengthdistribution", "uniform");
    }
  };

  private final String description;

  Workload(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  /** The name on the command line and in reports: a, c, put, query. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Workload fromId(String id) {
    for (Workload w : values()) {
      if (w.id().equalsIgnoreCase(id.trim())) {
        return w;
      }
    }
    throw new IllegalArgumentException("unknown workload '" + id + "' (known: a, c, put, query)");
  }

  abstract void configure(Properties properties);

  /** Properties for a CoreWorkload running this workload over {@code base}'s records. */
  Properties properties(Properties base) {
    Properties p = new Properties();
    p.putAll(base);
    p.setProperty("readproportion", "0");
    p.setProperty("updateproportion", "0");
    p.setProperty("scanproportion", "0");
    p.setProperty("insertproportion", "0");
    p.setProperty("readmodifywriteproportion", "0");
    p.setProperty("requestdistribution", "zipfian");
    configure(p);
    return p;
  }
}
