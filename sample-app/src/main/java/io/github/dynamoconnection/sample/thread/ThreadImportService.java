package io.github.dynamoconnection.sample.thread;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.exceptions.BatchWriteException;
import io.github.dynamoconnection.sample.forum.ForumService;
import io.github.dynamoconnection.sample.storage.Timestamps;
import io.github.dynamoconnection.sample.web.InvalidFieldException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import org.springframework.stereotype.Service;

/**
 * Bulk import of threads with one batch write: the Connection splits it into requests of 25 and
 * retries unprocessed entries; whatever DynamoDB still refused comes back by subject, so every
 * thread sent is reported as written or unprocessed. Only when a request failed outright and
 * nothing was written does the import fail as a whole (a 5xx). Like any batch put, an import
 * replaces a thread with the same subject.
 */
@Service
public class ThreadImportService {

	private final Connection connection;

	private final ForumService forums;

	public ThreadImportService(Connection connection, ForumService forums) {
		this.connection = connection;
		this.forums = forums;
	}

	/** Imports the threads into the forum, which must exist. */
	public ImportResult importThreads(String forum, ImportThreadsRequest request) {
		List<PostThreadRequest> threads = request.threads();
		requireUniqueSubjects(threads);
		this.forums.requireExists(forum);
		String now = Timestamps.now();
		Set<String> unprocessed = new LinkedHashSet<>();
		try {
			this.connection.batchWriteItem((batch) -> threads
				.forEach((thread) -> batch.put(ThreadItems.TABLE, ThreadItems.newItem(forum, thread, now))));
		}
		catch (BatchWriteException ex) {
			for (WriteRequest entry : ex.unprocessedItems().getOrDefault(ThreadItems.TABLE, List.of())) {
				unprocessed.add(entry.putRequest().item().get(ThreadItems.SUBJECT).s());
			}
			if (ex.getCause() != null && unprocessed.size() == threads.size()) {
				throw ex;
			}
		}
		List<String> written = new ArrayList<>();
		threads.stream().map(PostThreadRequest::subject).filter((s) -> !unprocessed.contains(s)).forEach(written::add);
		return new ImportResult(threads.size(), written, List.copyOf(unprocessed));
	}

	private static void requireUniqueSubjects(List<PostThreadRequest> threads) {
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < threads.size(); i++) {
			Integer first = seen.putIfAbsent(threads.get(i).subject(), i);
			if (first != null) {
				throw new InvalidFieldException("threads[" + i + "].subject",
						"repeats the subject of threads[" + first + "]");
			}
		}
	}

}
