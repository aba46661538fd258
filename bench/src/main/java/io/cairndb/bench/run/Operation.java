package io.cairndb.bench.run;

/** The YCSB operations, named by the DynamoDB call the binding makes for each. */
public enum Operation {
  READ("GetItem"),
  UPDATE("UpdateItem"),
  INSERT("PutItem"),
  DELETE("DeleteItem"),
  SCAN("Query");

  private final String apiName;

  Operation(String apiName) {
    this.apiName = apiName;
  }

  public String apiName() {
    return apiName;
  }
}
