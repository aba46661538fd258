package io.cairndb.router.http;

import io.cairndb.router.ops.OperationRegistry;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpContentDecompressor;
import io.netty.handler.codec.http.HttpServerCodec;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DynamoDB JSON 1.0 endpoint over HTTP/1.1: keep-alive, gzip request bodies, bodies up to
 * 16 MB, {@code GET /health}, {@code GET /cluster/status} (when the config has a status source). Pipeline per connection: codec, request decompression, aggregation,
 * then {@link DynamoDbRequestHandler}.
 */
public final class DynamoDbHttpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DynamoDbHttpServer.class);

    private final NettyTransport transport;
    private final Channel serverChannel;

    private DynamoDbHttpServer(NettyTransport transport, Channel serverChannel) {
        this.transport = transport;
        this.serverChannel = serverChannel;
    }

    /** Binds and starts serving; returns once the port is open. */
    public static DynamoDbHttpServer start(HttpServerConfig config, OperationRegistry registry) {
        NettyTransport transport = NettyTransport.create(config.effectiveIoThreads());
        DynamoDbRequestHandler handler = new DynamoDbRequestHandler(new ApiRequestProcessor(registry),
                config.statusSource());
        try {
            Channel channel = new ServerBootstrap()
                    .group(transport.bossGroup(), transport.workerGroup())
                    .channel(transport.channelClass())
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childOption(ChannelOption.SO_KEEPALIVE, true)
                    .childHandler(new ChannelInitializer<>() {
                        @Override
                        protected void initChannel(Channel ch) {
                            ChannelPipeline pipeline = ch.pipeline();
                            pipeline.addLast("codec", new HttpServerCodec());
                            pipeline.addLast("decompress", new HttpContentDecompressor());
                            pipeline.addLast("aggregate", new OversizedRequestAggregator(config.maxRequestBytes()));
                            pipeline.addLast("dynamodb", handler);
                        }
                    })
                    .bind(config.host(), config.port())
                    .syncUninterruptibly()
                    .channel();
            DynamoDbHttpServer server = new DynamoDbHttpServer(transport, channel);
            LOG.info("event=http_started host={} port={} transport={} ioThreads={}", config.host(), server.port(),
                    transport.name(), config.effectiveIoThreads());
            return server;
        } catch (RuntimeException e) {
            shutdown(transport);
            throw e;
        }
    }

    public int port() {
        return ((InetSocketAddress) serverChannel.localAddress()).getPort();
    }

    /** Stops accepting, closes connections and waits for the event loops to finish. */
    @Override
    public void close() {
        serverChannel.close().syncUninterruptibly();
        shutdown(transport);
        LOG.info("event=http_stopped port={}", port());
    }

    private static void shutdown(NettyTransport transport) {
        transport.bossGroup().shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        transport.workerGroup().shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
