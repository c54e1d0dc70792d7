package io.github.dynamoconnection.embedded.expression;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** DynamoDB's reserved words (resource {@code reserved-words.txt}), which cannot be bare attribute names. */
final class ReservedWords {

	private static final Set<String> WORDS = load();

	private ReservedWords() {
	}

	/** Whether {@code name} is reserved, ignoring case. */
	static boolean isReserved(String name) {
		return WORDS.contains(name.toUpperCase(Locale.ROOT));
	}

	private static Set<String> load() {
		Set<String> words = new HashSet<>();
		try (InputStream in = ReservedWords.class.getResourceAsStream("reserved-words.txt")) {
			if (in == null) {
				throw new IllegalStateException("reserved-words.txt missing from the class path");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank()) {
					words.add(line.strip().toUpperCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(words);
	}

}
