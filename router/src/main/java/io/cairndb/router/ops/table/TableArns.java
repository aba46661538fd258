package io.cairndb.router.ops.table;

import io.cairndb.router.ops.ServiceContext;

/** Table ARNs: {@code arn:aws:dynamodb:<region>:<account>:table/<name>}. */
final class TableArns {
    private static final String TABLE_PREFIX = "table/";

    private TableArns() {
    }

    static String of(ServiceContext context, String tableName) {
        return "arn:aws:dynamodb:" + context.region() + ":" + context.accountId() + ":table/" + tableName;
    }

    /**
     * The table name an ARN names, or null when the text is not a DynamoDB table ARN at all.
     * ARNs of another region or account parse fine: they name a table that does not exist here.
     */
    static Parsed parse(String arn) {
        String[] parts = arn.split(":", 6);
        if (parts.length != 6 || !parts[0].equals("arn") || parts[1].isEmpty() || !parts[2].equals("dynamodb")
                || parts[3].isEmpty() || parts[4].isEmpty() || !parts[5].startsWith(TABLE_PREFIX)) {
            return null;
        }
        String rest = parts[5].substring(TABLE_PREFIX.length());
        if (rest.isEmpty() || rest.indexOf('/') >= 0) {
            return null; // index, stream or backup ARNs are not taggable tables
        }
        return new Parsed(parts[3], parts[4], rest);
    }

    record Parsed(String region, String accountId, String tableName) {
        boolean isLocal(ServiceContext context) {
            return region.equals(context.region()) && accountId.equals(context.accountId());
        }
    }
}
