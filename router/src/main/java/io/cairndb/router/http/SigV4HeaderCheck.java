package io.cairndb.router.http;

/**
 * Checks that an {@code Authorization} header has the shape of a SigV4 header, with the messages
 * DynamoDB gives. The signature itself is not verified yet (a later issue adds credentials); a
 * well-formed header is accepted. Hand-written scanning: this runs on every request.
 */
final class SigV4HeaderCheck {
    private static final String ALGORITHM = "AWS4-HMAC-SHA256";

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
        String header = authorization.trim();
        if (!header.startsWith("AWS4-")) {
            throw new MissingAuthenticationTokenException();
        }
        int space = header.indexOf(' ');
        String algorithm = space < 0 ? header : header.substring(0, space);
        String credential = null;
        String signature = null;
        String signedHeaders = null;
        if (space > 0) {
            int start = space + 1;
            while (start <= header.length()) {
                int comma = header.indexOf(',', start);
                int end = comma < 0 ? header.length() : comma;
                String pair = header.substring(start, end).trim();
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    if (eq < 0) {
                        throw new IncompleteSignatureException("'" + pair
                                + "' not a valid key=value pair (missing equal-sign) in Authorization header: '"
                                + authorization + "'.");
                    }
                    String key = pair.substring(0, eq).trim();
                    String value = pair.substring(eq + 1).trim();
                    switch (key) {
                        case "Credential" -> credential = value;
                        case "Signature" -> signature = value;
                        case "SignedHeaders" -> signedHeaders = value;
                        default -> { }
                    }
                }
                if (comma < 0) {
                    break;
                }
                start = comma + 1;
            }
        }
        StringBuilder missing = new StringBuilder();
        requireParameter(missing, "Credential", credential);
        requireParameter(missing, "Signature", signature);
        requireParameter(missing, "SignedHeaders", signedHeaders);
        if (!hasDateHeader) {
            missing.append("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ");
        }
        if (!missing.isEmpty()) {
            throw new IncompleteSignatureException(missing + "Authorization=" + authorization);
        }
        if (!ALGORITHM.equals(algorithm)) {
            throw new IncompleteSignatureException("Unsupported AWS 'algorithm': '" + algorithm
                    + "' (only AWS4-HMAC-SHA256 for now). ");
        }
        checkCredentialScope(credential);
    }

    private static void requireParameter(StringBuilder missing, String name, String value) {
        if (value == null || value.isEmpty()) {
            missing.append("Authorization header requires '").append(name).append("' parameter. ");
        }
    }

    private static void checkCredentialScope(String credential) {
        int end = credential.length();
        while (end > 0 && credential.charAt(end - 1) == '/') {
            end--; // DynamoDB ignores trailing slashes here
        }
        int slashes = 0;
        for (int i = 0; i < end; i++) {
            if (credential.charAt(i) == '/') {
                slashes++;
            }
        }
        if (slashes != 4) {
            throw new IncompleteSignatureException("Credential must have exactly 5 slash-delimited elements, "
                    + "e.g. keyid/date/region/service/term, got '" + credential.substring(0, end) + "'");
        }
    }
}
