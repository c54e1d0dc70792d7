package io.github.dynamoconnection.readme.snippet;

import java.util.Map;

import io.github.dynamoconnection.Connection;

import org.springframework.stereotype.Service;

/**
 * README's example of injecting the {@code Connection} (README shows this class from its
 * annotation on).
 */
@Service
class ThreadService {

	private final Connection connection;

	ThreadService(Connection connection) {
		this.connection = connection;
	}

	Map<String, Object> thread(String forum, String subject) {
		return connection.getItem("Thread", forum, subject).item();
	}

}
