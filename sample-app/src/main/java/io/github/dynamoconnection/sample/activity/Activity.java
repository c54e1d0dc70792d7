package io.github.dynamoconnection.sample.activity;

import java.time.Instant;

import io.github.dynamoconnection.stream.ChangeRecord;
import io.github.dynamoconnection.stream.ChangeRecord.ChangeType;

/**
 * One change to a thread, as the activity feed shows it.
 * @param change what happened to the thread (INSERT, MODIFY or REMOVE)
 * @param forum the thread's forum
 * @param subject the thread's subject
 * @param at when the change was made, to the second
 */
public record Activity(ChangeType change, String forum, String subject, Instant at) {

	/** The activity a Thread table stream record describes. */
	static Activity of(ChangeRecord record) {
		return new Activity(record.type(), String.valueOf(record.keys().get("forum_name")),
				String.valueOf(record.keys().get("subject")), record.approximateCreationTime());
	}

}
