package io.github.dynamoconnection.embedded.server;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.TimeUnit;

import io.github.dynamoconnection.embedded.protocol.JsonProtocolHandler;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * The HTTP face: a Netty HTTP/1.1 server on 127.0.0.1 speaking DynamoDB's JSON 1.0 protocol, with
 * keep-alive and a 16 MB request cap. Requests run on the event loops (daemon threads).
 */
public final class EmbeddedHttpServer implements AutoCloseable {

	private static final long SHUTDOWN_TIMEOUT_SECONDS = 5;

	private static final String LOOPBACK = "127.0.0.1";

	private final EventLoopGroup group;

	private final Channel serverChannel;

	private final URI endpoint;

	private final String transport;

	private EmbeddedHttpServer(EventLoopGroup group, Channel serverChannel, String transport) {
		this.group = group;
		this.serverChannel = serverChannel;
		this.transport = transport;
		InetSocketAddress address = (InetSocketAddress) serverChannel.localAddress();
		this.endpoint = URI.create("http://127.0.0.1:" + address.getPort());
	}

	/**
	 * Starts serving on 127.0.0.1.
	 * @param protocol the protocol handler answering requests
	 * @param port the port, 0 for a free one
	 * @return the running server
	 * @throws IllegalStateException when the port cannot be bound
	 */
	public static EmbeddedHttpServer start(JsonProtocolHandler protocol, int port) {
		int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
		ServerTransport transport = ServerTransport.best();
		EventLoopGroup group = new MultiThreadIoEventLoopGroup(threads,
				new DefaultThreadFactory("embedded-dynamodb-http", true), transport.ioHandler());
		ProtocolRequestHandler requestHandler = new ProtocolRequestHandler(protocol);
		ServerBootstrap bootstrap = new ServerBootstrap().group(group)
			.channel(transport.serverChannel())
			.option(ChannelOption.SO_BACKLOG, 256)
			.childOption(ChannelOption.TCP_NODELAY, true)
			.childHandler(new ChannelInitializer<SocketChannel>() {
				@Override
				protected void initChannel(SocketChannel channel) {
					ChannelPipeline pipeline = channel.pipeline();
					pipeline.addLast(new HttpServerCodec());
					pipeline.addLast(new HttpServerKeepAliveHandler());
					pipeline.addLast(new CappedRequestAggregator(protocol));
					pipeline.addLast(requestHandler);
				}
			});
		try {
			Channel channel = bootstrap.bind(new InetSocketAddress(LOOPBACK, port))
				.syncUninterruptibly()
				.channel();
			return new EmbeddedHttpServer(group, channel, transport.name());
		}
		catch (Exception ex) {
			group.shutdownGracefully(0, 0, TimeUnit.SECONDS);
			throw new IllegalStateException("Cannot serve HTTP on 127.0.0.1:" + port + ": " + ex.getMessage(), ex);
		}
	}

	/** The I/O transport serving: {@code epoll} (Netty's native one, where present) or {@code nio}. */
	public String transport() {
		return transport;
	}

	/** The URL clients use, {@code http://127.0.0.1:<port>}. */
	public URI endpoint() {
		return endpoint;
	}

	/** Stops accepting connections, lets requests in progress finish, and stops the event loops. */
	@Override
	public void close() {
		serverChannel.close().syncUninterruptibly();
		group.shutdownGracefully(0, SHUTDOWN_TIMEOUT_SECONDS, TimeUnit.SECONDS).syncUninterruptibly();
	}

}
