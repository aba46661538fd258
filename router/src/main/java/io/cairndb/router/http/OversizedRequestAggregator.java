package io.cairndb.router.http;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpMessage;

/**
 * Aggregates request bodies up to the limit and answers larger ones with DynamoDB's 413 error
 * body (instead of Netty's bare 413), then closes the connection: the rest of the body is never read.
 */
final class OversizedRequestAggregator extends HttpObjectAggregator {
    private final int maxBytes;

    OversizedRequestAggregator(int maxBytes) {
        super(maxBytes);
        this.maxBytes = maxBytes;
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        RequestTooLargeException error = new RequestTooLargeException(maxBytes);
        FullHttpResponse response = HttpResponses.json(error.httpStatus(), ErrorBodies.of(error), RequestIds.next());
        response.headers().set("Connection", "close");
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }
}
