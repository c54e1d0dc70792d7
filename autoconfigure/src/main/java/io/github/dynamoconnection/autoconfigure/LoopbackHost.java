package io.github.dynamoconnection.autoconfigure;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Tells a loopback host (the name {@code localhost}, an IPv4 address in 127.0.0.0/8, the IPv6
 * address ::1) from any other, without looking any name up.
 */
final class LoopbackHost {

	private static final Pattern IPV4_LOOPBACK = Pattern
		.compile("127\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){2}");

	private LoopbackHost() {
	}

	static boolean isLoopback(@Nullable String host) {
		if (host == null || host.isEmpty()) {
			return false;
		}
		String name = host.toLowerCase(Locale.ROOT);
		if (name.equals("localhost") || name.endsWith(".localhost")) {
			return true;
		}
		if (name.startsWith("[") && name.endsWith("]")) {
			name = name.substring(1, name.length() - 1);
		}
		if (IPV4_LOOPBACK.matcher(name).matches()) {
			return true;
		}
		if (!name.contains(":")) {
			return false;
		}
		try {
			// an IPv6 literal: parsed, never looked up
			return InetAddress.getByName(name).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
