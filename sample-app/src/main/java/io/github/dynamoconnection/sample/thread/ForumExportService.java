package io.github.dynamoconnection.sample.thread;

import java.util.Comparator;
import java.util.List;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.expression.Path;
import io.github.dynamoconnection.sample.forum.ForumService;

import org.springframework.stereotype.Service;

/**
 * Exports every thread of a forum with a parallel scan of the {@code Thread} table, filtered on the
 * forum: the way to read a whole table fast when no key narrows it down.
 */
@Service
public class ForumExportService {

	private final Connection connection;

	private final ForumService forums;

	public ForumExportService(Connection connection, ForumService forums) {
		this.connection = connection;
		this.forums = forums;
	}

	/** Every thread of the forum, which must exist, read in {@code segments} parallel segments. */
	public ForumExport export(String forum, int segments) {
		this.forums.requireExists(forum);
		List<ForumThread> threads = this.connection
			.parallelScan(ThreadItems.TABLE, segments, (scan) -> scan.filter(Path.attribute(ThreadItems.FORUM_NAME).eq(forum)), null)
			.stream()
			.map(ThreadItems::toThread)
			.sorted(Comparator.comparing(ForumThread::subject))
			.toList();
		return new ForumExport(forum, segments, threads);
	}

}
