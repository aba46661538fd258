package io.cairndb.router.http;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SigV4HeaderCheckTest {
    private static final String VALID = "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/dynamodb/aws4_request, "
            + "SignedHeaders=host;x-amz-date;x-amz-target, Signature=0123abcd";

    @Test
    void wellFormedHeaderIsAccepted() {
        assertThatCode(() -> SigV4HeaderCheck.check(VALID, true)).doesNotThrowAnyException();
        assertThatCode(() -> SigV4HeaderCheck.check(VALID.replace(", ", ","), true)).doesNotThrowAnyException();
    }

    @Test
    void absentOrNonSigV4HeaderIsMissingToken() {
        assertThatThrownBy(() -> SigV4HeaderCheck.check(null, true))
                .isInstanceOf(MissingAuthenticationTokenException.class)
                .hasMessage("Request is missing Authentication Token");
        assertThatThrownBy(() -> SigV4HeaderCheck.check("Bearer token", true))
                .isInstanceOf(MissingAuthenticationTokenException.class);
    }

    @Test
    void missingParametersAndDateAreListed() {
        assertThatThrownBy(() -> SigV4HeaderCheck.check("AWS4-HMAC-SHA256 Signature=abc", false))
                .isInstanceOf(IncompleteSignatureException.class)
                .hasMessage("Authorization header requires 'Credential' parameter. Authorization header requires "
                        + "'SignedHeaders' parameter. Authorization header requires existence of either a "
                        + "'X-Amz-Date' or a 'Date' header. Authorization=AWS4-HMAC-SHA256 Signature=abc");
    }

    @Test
    void pairWithoutEqualsSignIsNamed() {
        String header = "AWS4-HMAC-SHA256 Credential=AKID /20260101/us-east-1/dynamodb/aws4_request, "
                + "SignedHeaders=host, Signature=abc";
        // the space splits nothing here: pairs are comma-separated, so this one stays well-formed
        assertThatCode(() -> SigV4HeaderCheck.check(header, true)).doesNotThrowAnyException();
        assertThatThrownBy(() -> SigV4HeaderCheck.check("AWS4-HMAC-SHA256 Credential, Signature=a, SignedHeaders=h", true))
                .isInstanceOf(IncompleteSignatureException.class)
                .hasMessageStartingWith("'Credential' not a valid key=value pair (missing equal-sign) in Authorization header");
    }

    @Test
    void wrongAlgorithmAndCredentialScope() {
        assertThatThrownBy(() -> SigV4HeaderCheck.check(VALID.replace("AWS4-HMAC-SHA256", "AWS4-HMAC-SHA1"), true))
                .isInstanceOf(IncompleteSignatureException.class)
                .hasMessage("Unsupported AWS 'algorithm': 'AWS4-HMAC-SHA1' (only AWS4-HMAC-SHA256 for now). ");
        assertThatThrownBy(() -> SigV4HeaderCheck.check(VALID.replace("/aws4_request", ""), true))
                .isInstanceOf(IncompleteSignatureException.class)
                .hasMessage("Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, "
                        + "got 'AKID/20260101/us-east-1/dynamodb'");
    }

    @Test
    void emptyValuesCountAsMissingAndSpacingIsTolerated() {
        assertThatThrownBy(() -> SigV4HeaderCheck.check(
                "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=",
                true))
                .isInstanceOf(IncompleteSignatureException.class)
                .hasMessageStartingWith("Authorization header requires 'Signature' parameter. Authorization=");
        assertThatCode(() -> SigV4HeaderCheck.check("  AWS4-HMAC-SHA256   Credential = AKID/20260101/us-east-1/dynamodb/"
                + "aws4_request// ,SignedHeaders=host ,  Signature=abc  ", true)).doesNotThrowAnyException();
    }
}
