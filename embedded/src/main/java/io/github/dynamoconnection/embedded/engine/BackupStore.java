package io.github.dynamoconnection.embedded.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The on-demand backups of one account and region, in creation order. Backups outlive their
 * source table. Thread-safe.
 */
final class BackupStore {

	private final Map<String, Backup> backups = new LinkedHashMap<>();

	/**
	 * A new backup ARN as DynamoDB forms it: the table ARN, {@code /backup/}, the creation time in
	 * epoch milliseconds (14 digits) and an 8-digit hex suffix. The suffix is derived from the
	 * request and the store's content rather than drawn at random, so that replaying the operation
	 * log yields the same ARN.
	 */
	synchronized String newArn(String tableArn, String backupName, Instant creationTime) {
		String prefix = tableArn + "/backup/" + String.format("%014d", creationTime.toEpochMilli()) + "-";
		for (int salt = backups.size();; salt++) {
			String arn = prefix + hex8(tableArn + "\n" + backupName + "\n" + creationTime.toEpochMilli() + "\n" + salt);
			if (!backups.containsKey(arn)) {
				return arn;
			}
		}
	}

	synchronized void add(Backup backup) {
		backups.put(backup.arn, backup);
	}

	/** The backup with this ARN, or {@code null}. */
	synchronized Backup get(String arn) {
		return backups.get(arn);
	}

	/** Removes a backup; returns it, or {@code null} when there was none. */
	synchronized Backup remove(String arn) {
		return backups.remove(arn);
	}

	/** Every backup in creation order (a snapshot). */
	synchronized List<Backup> all() {
		return new ArrayList<>(backups.values());
	}

	private static String hex8(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 4);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}
