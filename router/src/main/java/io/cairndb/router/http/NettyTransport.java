package io.cairndb.router.http;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollEventLoopGroup;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;

/** Native epoll on Linux (fewer syscalls and copies), NIO elsewhere. */
record NettyTransport(String name, EventLoopGroup bossGroup, EventLoopGroup workerGroup,
                      Class<? extends ServerChannel> channelClass) {

    static NettyTransport create(int ioThreads) {
        DefaultThreadFactory boss = new DefaultThreadFactory("cairn-http-accept", true);
        DefaultThreadFactory io = new DefaultThreadFactory("cairn-http-io", true);
        if (Epoll.isAvailable()) {
            return new NettyTransport("epoll", new EpollEventLoopGroup(1, boss),
                    new EpollEventLoopGroup(ioThreads, io), EpollServerSocketChannel.class);
        }
        return new NettyTransport("nio", new NioEventLoopGroup(1, boss),
                new NioEventLoopGroup(ioThreads, io), NioServerSocketChannel.class);
    }
}
