package io.cairndb.engine.schema;

public enum BillingMode {
    PROVISIONED, PAY_PER_REQUEST
}
