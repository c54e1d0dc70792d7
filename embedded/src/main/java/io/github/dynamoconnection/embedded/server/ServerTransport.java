package io.github.dynamoconnection.embedded.server;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;

/**
 * The server's I/O transport: Netty's native epoll where its jars are on the class path and it
 * loads (Linux; the standalone jar carries it), Java NIO everywhere else. Setting
 * {@code -Dio.netty.transport.noNative=true} forces NIO.
 * @param name {@code epoll} or {@code nio}, for the start-up line
 * @param ioHandler the event loops' I/O handler
 * @param serverChannel the listening channel's class
 */
record ServerTransport(String name, IoHandlerFactory ioHandler, Class<? extends ServerChannel> serverChannel) {

	/** The best transport this JVM has. */
	static ServerTransport best() {
		if (epollClassesPresent() && Native.available()) {
			return Native.epoll();
		}
		return new ServerTransport("nio", NioIoHandler.newFactory(), NioServerSocketChannel.class);
	}

	private static boolean epollClassesPresent() {
		try {
			Class.forName("io.netty.channel.epoll.Epoll", false, ServerTransport.class.getClassLoader());
			return true;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

	/** Touches the epoll classes only once they are known to be there. */
	private static final class Native {

		static boolean available() {
			return Epoll.isAvailable();
		}

		static ServerTransport epoll() {
			return new ServerTransport("epoll", EpollIoHandler.newFactory(), EpollServerSocketChannel.class);
		}

	}

}
