package io.github.dynamoconnection.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Counts scenario outcomes per backend and, when the run ends, prints them and writes them to
 * {@code target/conformance-summary.txt}. Registered through {@code META-INF/services}.
 */
public final class ScenarioCountListener implements TestExecutionListener {

	private static final Pattern BACKEND = Pattern.compile("\\[(embedded-inprocess|embedded-http|moto)\\]$");

	private final Map<BackendKind, int[]> counts = new EnumMap<>(BackendKind.class);

	@Override
	public void executionFinished(TestIdentifier test, TestExecutionResult result) {
		backend(test).ifPresent(kind -> {
			int[] row = counts.computeIfAbsent(kind, key -> new int[3]);
			row[switch (result.getStatus()) {
				case SUCCESSFUL -> 0;
				case FAILED -> 1;
				case ABORTED -> 2;
			}]++;
		});
	}

	@Override
	public void testPlanExecutionFinished(TestPlan testPlan) {
		if (counts.isEmpty()) {
			return;
		}
		StringBuilder summary = new StringBuilder("Conformance scenarios per backend (passed / failed / skipped):\n");
		counts.forEach((kind, row) -> summary.append(String.format("  %-20s %4d total: %4d passed, %4d failed, %4d skipped%n",
				kind.label(), row[0] + row[1] + row[2], row[0], row[1], row[2])));
		System.out.print(summary);
		try {
			Path target = Path.of("target");
			if (Files.isDirectory(target)) {
				Files.writeString(target.resolve("conformance-summary.txt"), summary);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Optional<BackendKind> backend(TestIdentifier test) {
		if (!test.isTest()) {
			return Optional.empty();
		}
		Matcher matcher = BACKEND.matcher(test.getDisplayName());
		if (!matcher.find()) {
			return Optional.empty();
		}
		for (BackendKind kind : BackendKind.values()) {
			if (kind.label().equals(matcher.group(1))) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

}
