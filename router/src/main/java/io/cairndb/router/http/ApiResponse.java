package io.cairndb.router.http;

/**
 * The answer to one API call, before it becomes an HTTP response.
 *
 * @param operation  the operation name, or null when the target was not understood
 * @param errorCode  the error code when the call failed, else null (for the access log)
 */
record ApiResponse(int status, byte[] body, String operation, String errorCode) {
}
