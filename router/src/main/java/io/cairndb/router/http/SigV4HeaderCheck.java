package io.cairndb.router.http;

/**
 * Checks that an {@code Authorization} header has the shape of a SigV4 header, with the messages
 * DynamoDB gives. The signature itself is not verified yet (a later issue adds credentials); a
 * well-formed header is accepted. Runs on every request, so a valid header is checked by index
 * arithmetic without allocating; only errors build strings.
 */
final class SigV4HeaderCheck {
    private static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final String CREDENTIAL = "Credential";
    private static final String SIGNATURE = "Signature";
    private static final String SIGNED_HEADERS = "SignedHeaders";

    private SigV4HeaderCheck() {
    }

    /**
     * @param authorization the header value, or null
     * @param hasDateHeader whether {@code X-Amz-Date} or {@code Date} is present
     */
    static void check(String authorization, boolean hasDateHeader) {
        if (authorization == null) {
            throw new MissingAuthenticationTokenException();
        }
        int end = trimEnd(authorization, 0, authorization.length());
        int start = skipSpaces(authorization, 0, end);
        if (!authorization.startsWith("AWS4-", start)) {
            throw new MissingAuthenticationTokenException();
        }
        int space = authorization.indexOf(' ', start);
        int algorithmEnd = space < 0 || space > end ? end : space;
        int credentialStart = -1;
        int credentialEnd = -1;
        boolean signature = false;
        boolean signedHeaders = false;
        for (int pos = algorithmEnd + 1; pos < end; ) {
            int comma = authorization.indexOf(',', pos);
            int pairEnd = comma < 0 || comma > end ? end : comma;
            int keyStart = skipSpaces(authorization, pos, pairEnd);
            int valueEnd = trimEnd(authorization, keyStart, pairEnd);
            if (keyStart < valueEnd) {
                int eq = authorization.indexOf('=', keyStart);
                if (eq < 0 || eq >= valueEnd) {
                    throw new IncompleteSignatureException("'" + authorization.substring(keyStart, valueEnd)
                            + "' not a valid key=value pair (missing equal-sign) in Authorization header: '"
                            + authorization + "'.");
                }
                int keyEnd = trimEnd(authorization, keyStart, eq);
                int valueStart = skipSpaces(authorization, eq + 1, valueEnd);
                if (valueStart < valueEnd) {
                    if (is(authorization, keyStart, keyEnd, CREDENTIAL)) {
                        credentialStart = valueStart;
                        credentialEnd = valueEnd;
                    } else if (is(authorization, keyStart, keyEnd, SIGNATURE)) {
                        signature = true;
                    } else if (is(authorization, keyStart, keyEnd, SIGNED_HEADERS)) {
                        signedHeaders = true;
                    }
                }
            }
            pos = pairEnd + 1;
        }
        if (credentialStart < 0 || !signature || !signedHeaders || !hasDateHeader) {
            throw missingParameters(authorization, credentialStart >= 0, signature, signedHeaders, hasDateHeader);
        }
        if (!is(authorization, start, algorithmEnd, ALGORITHM)) {
            throw new IncompleteSignatureException("Unsupported AWS 'algorithm': '"
                    + authorization.substring(start, algorithmEnd) + "' (only AWS4-HMAC-SHA256 for now). ");
        }
        checkCredentialScope(authorization, credentialStart, credentialEnd);
    }

    private static IncompleteSignatureException missingParameters(String authorization, boolean credential,
                                                                  boolean signature, boolean signedHeaders,
                                                                  boolean hasDateHeader) {
        StringBuilder message = new StringBuilder();
        appendMissing(message, CREDENTIAL, credential);
        appendMissing(message, SIGNATURE, signature);
        appendMissing(message, SIGNED_HEADERS, signedHeaders);
        if (!hasDateHeader) {
            message.append("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ");
        }
        return new IncompleteSignatureException(message + "Authorization=" + authorization);
    }

    private static void appendMissing(StringBuilder message, String name, boolean present) {
        if (!present) {
            message.append("Authorization header requires '").append(name).append("' parameter. ");
        }
    }

    /** keyid/date/region/service/aws4_request: exactly five elements (trailing slashes ignored). */
    private static void checkCredentialScope(String header, int start, int end) {
        while (end > start && header.charAt(end - 1) == '/') {
            end--;
        }
        int slashes = 0;
        for (int i = start; i < end; i++) {
            if (header.charAt(i) == '/') {
                slashes++;
            }
        }
        if (slashes != 4) {
            throw new IncompleteSignatureException("Credential must have exactly 5 slash-delimited elements, "
                    + "e.g. keyid/date/region/service/term, got '" + header.substring(start, end) + "'");
        }
    }

    private static boolean is(String text, int start, int end, String expected) {
        return end - start == expected.length() && text.startsWith(expected, start);
    }

    private static int skipSpaces(String text, int from, int end) {
        while (from < end && text.charAt(from) <= ' ') {
            from++;
        }
        return from;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && text.charAt(end - 1) <= ' ') {
            end--;
        }
        return end;
    }
}
