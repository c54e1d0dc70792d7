package io.github.dynamoconnection.sample.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Regions of this module's test sources that README shows: the lines between
 * {@code // README: NAME} and {@code // README: end}, or a whole file. README must contain each
 * of their lines (leading white space aside), so its snippets are code that compiles and runs.
 */
final class SourceRegions {

	private static final Path TEST_SOURCES = Path.of("src/test/java/io/github/dynamoconnection");

	private SourceRegions() {
	}

	/** The trimmed, non-blank lines of region {@code name} in {@code file} (relative to {@code src/test/java/io/github/dynamoconnection}). */
	static List<String> region(String file, String name) {
		List<String> region = new ArrayList<>();
		boolean inside = false;
		for (String line : lines(file)) {
			String trimmed = line.trim();
			if (trimmed.equals("// README: " + name)) {
				inside = true;
			}
			else if (inside && trimmed.equals("// README: end")) {
				return region;
			}
			else if (inside && !trimmed.isEmpty()) {
				region.add(trimmed);
			}
		}
		throw new IllegalStateException(file + " has no region '" + name + "'");
	}

	/** The trimmed, non-blank lines of {@code file} from its first line starting with {@code from}. */
	static List<String> from(String file, String from) {
		List<String> lines = new ArrayList<>();
		boolean inside = false;
		for (String line : lines(file)) {
			inside |= line.startsWith(from);
			if (inside && !line.isBlank()) {
				lines.add(line.trim());
			}
		}
		return lines;
	}

	private static List<String> lines(String file) {
		try {
			return Files.readAllLines(TEST_SOURCES.resolve(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
