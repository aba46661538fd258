package io.cairndb.router.http;

import io.netty.buffer.ByteBufInputStream;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AsciiString;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one aggregated HTTP request: {@code GET /health}, or a DynamoDB API call.
 *
 * <p>Operations run right here on the event loop: storage calls take microseconds (item writes
 * go to RocksDB's WAL without an fsync), and handing each request to a worker pool would cost more
 * CPU (two thread switches) than the work itself. There is one event loop per core by default
 * (see {@link HttpServerConfig#effectiveIoThreads()}).
 */
@ChannelHandler.Sharable
final class DynamoDbRequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final Logger LOG = LoggerFactory.getLogger(DynamoDbRequestHandler.class);
    private static final Logger ACCESS = LoggerFactory.getLogger("io.cairndb.access");
    private static final AsciiString X_AMZ_TARGET = AsciiString.cached("x-amz-target");
    private static final AsciiString X_AMZ_DATE = AsciiString.cached("x-amz-date");
    private static final byte[] HEALTHY = "{\"status\":\"ok\"}".getBytes(StandardCharsets.US_ASCII);
    /** What DynamoDB answers to anything that is not a JSON POST. */
    private static final byte[] NOT_AN_API_CALL = "<UnknownOperationException/>\n".getBytes(StandardCharsets.US_ASCII);

    /** {@code GET /cluster/status} on a single node: there is no cluster to describe. */
    private static final byte[] NOT_A_CLUSTER = ("{\"mode\":\"single-node\",\"message\":"
            + "\"this server is a single node: there is no cluster status\"}").getBytes(StandardCharsets.US_ASCII);

    private final ApiRequestProcessor processor;
    private final StatusSource statusSource;

    /** @param statusSource serves {@code GET /cluster/status}; null answers it with 404 */
    DynamoDbRequestHandler(ApiRequestProcessor processor, StatusSource statusSource) {
        this.processor = processor;
        this.statusSource = statusSource;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) throws IOException {
        long started = System.nanoTime();
        if (!request.decoderResult().isSuccess()) {
            respond(ctx, request, HttpResponses.raw(400, new byte[0], HttpHeaderValues.TEXT_PLAIN), false);
            return;
        }
        HttpHeaders headers = request.headers();
        if (request.method() == HttpMethod.GET && request.uri().startsWith("/health")) {
            respond(ctx, request, HttpResponses.raw(200, HEALTHY, HttpHeaderValues.APPLICATION_JSON),
                    HttpUtil.isKeepAlive(request));
            return;
        }
        if (request.method() == HttpMethod.GET && isPath(request.uri(), "/cluster/status")) {
            FullHttpResponse status = statusSource == null
                    ? HttpResponses.raw(404, NOT_A_CLUSTER, HttpHeaderValues.APPLICATION_JSON)
                    : HttpResponses.raw(200, statusSource.statusJson(), HttpHeaderValues.APPLICATION_JSON);
            respond(ctx, request, status, HttpUtil.isKeepAlive(request));
            return;
        }
        int bodyLength = request.content().readableBytes();
        if (request.method() != HttpMethod.POST
                || (bodyLength > 0 && !isJsonContentType(headers.get(HttpHeaderNames.CONTENT_TYPE)))) {
            FullHttpResponse notFound = HttpResponses.raw(404, NOT_AN_API_CALL, HttpResponses.AMZ_JSON);
            notFound.headers().set("x-amzn-RequestId", RequestIds.next());
            respond(ctx, request, notFound, HttpUtil.isKeepAlive(request));
            return;
        }
        String requestId = RequestIds.next();
        ApiResponse answer;
        try (ByteBufInputStream body = new ByteBufInputStream(request.content())) {
            answer = processor.process(headers.get(X_AMZ_TARGET), headers.get(HttpHeaderNames.AUTHORIZATION),
                    headers.contains(X_AMZ_DATE) || headers.contains(HttpHeaderNames.DATE),
                    body, bodyLength, requestId);
        }
        respond(ctx, request, HttpResponses.json(answer.status(), answer.body(), requestId),
                HttpUtil.isKeepAlive(request));
        if (ACCESS.isDebugEnabled()) {
            ACCESS.debug("event=access requestId={} op={} status={} error={} bytesIn={} bytesOut={} micros={} remote={}",
                    requestId, answer.operation(), answer.status(), answer.errorCode(), bodyLength,
                    answer.body().length, (System.nanoTime() - started) / 1000, ctx.channel().remoteAddress());
        }
    }

    private static void respond(ChannelHandlerContext ctx, FullHttpRequest request, FullHttpResponse response,
                                boolean keepAlive) {
        if (keepAlive) {
            if (request.protocolVersion() == HttpVersion.HTTP_1_0) {
                response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
            }
            ctx.writeAndFlush(response, ctx.voidPromise());
        } else {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ChannelFuture written = ctx.writeAndFlush(response);
            written.addListener(ChannelFutureListener.CLOSE);
        }
    }

    /** Whether the request URI is {@code path}, with or without a query string. */
    private static boolean isPath(String uri, String path) {
        return uri.startsWith(path) && (uri.length() == path.length() || uri.charAt(path.length()) == '?');
    }

    /** application/x-amz-json-1.0, -1.1 or application/json, with or without parameters. */
    static boolean isJsonContentType(String contentType) {
        if (contentType == null) {
            return false;
        }
        int end = contentType.indexOf(';');
        if (end < 0) {
            end = contentType.length();
        }
        while (end > 0 && contentType.charAt(end - 1) == ' ') {
            end--;
        }
        int start = 0;
        while (start < end && contentType.charAt(start) == ' ') {
            start++;
        }
        return isMediaType(contentType, start, end, "application/x-amz-json-1.0")
                || isMediaType(contentType, start, end, "application/x-amz-json-1.1")
                || isMediaType(contentType, start, end, "application/json");
    }

    private static boolean isMediaType(String text, int start, int end, String mediaType) {
        return end - start == mediaType.length() && text.regionMatches(true, start, mediaType, 0, mediaType.length());
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // Connection resets and malformed HTTP: nothing to answer, the connection is dropped.
        LOG.debug("event=connection_error remote={} error={}", ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }
}
