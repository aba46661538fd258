package io.cairndb.router.http;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AsciiString;
import java.util.zip.CRC32;

/** Builds responses with the headers DynamoDB sends and the SDKs check. */
final class HttpResponses {
    static final AsciiString AMZ_JSON = AsciiString.cached("application/x-amz-json-1.0");
    private static final AsciiString REQUEST_ID = AsciiString.cached("x-amzn-RequestId");
    private static final AsciiString CRC32_HEADER = AsciiString.cached("x-amz-crc32");

    private HttpResponses() {
    }

    /** A DynamoDB JSON response; {@code x-amz-crc32} is the CRC32 of exactly these body bytes. */
    static FullHttpResponse json(int status, byte[] body, String requestId) {
        FullHttpResponse response = raw(status, body, AMZ_JSON);
        response.headers().set(REQUEST_ID, requestId);
        response.headers().set(CRC32_HEADER, crc32(body));
        return response;
    }

    static FullHttpResponse raw(int status, byte[] body, CharSequence contentType) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(status), Unpooled.wrappedBuffer(body));
        HttpHeaders headers = response.headers();
        headers.set(HttpHeaderNames.CONTENT_TYPE, contentType);
        headers.setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        return response;
    }

    static long crc32(byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body, 0, body.length);
        return crc.getValue();
    }
}
