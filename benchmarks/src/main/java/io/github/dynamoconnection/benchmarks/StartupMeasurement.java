package io.github.dynamoconnection.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Goal 7: the sample app's time to ready on the embedded default vs the same app with the starter
 * removed. Both start from the sample app's executable jar with {@code --server.port=0}; the
 * baseline runs {@code MinimalWebApplication} (web + actuator, the sample's configuration) with
 * every dynamo-connection auto-configuration excluded (and so no {@code dynamodb} health indicator in
 * its readiness group). Time to ready is what Spring Boot logs as
 * "process running for", from JVM start to a started context. Runs alternate; medians are printed.
 */
public final class StartupMeasurement {

	private static final Pattern STARTED = Pattern.compile("Started .* \\(process running for ([0-9.]+)\\)");

	private static final String IMPORTS = "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";

	private StartupMeasurement() {
	}

	/** Arguments: number of runs, the sample app's target folder, the benchmarks' compiled classes folder. */
	public static void main(String[] args) throws Exception {
		int runs = Integer.parseInt(args[0]);
		Path sampleTarget = Path.of(args[1]);
		Path jar = bootJar(sampleTarget);
		Path benchmarkClasses = Path.of(args[2]);
		String exclusions = String.join(",", ourAutoConfigurations());
		double[] sample = new double[runs];
		double[] minimal = new double[runs];
		for (int i = 0; i < runs; i++) {
			sample[i] = timeToReady(List.of("java", "-jar", jar.toString(), "--server.port=0"));
			minimal[i] = timeToReady(List.of("java", "-Dloader.path=" + benchmarkClasses,
					"-Dloader.main=io.github.dynamoconnection.benchmarks.startup.MinimalWebApplication", "-cp",
					jar.toString(), "org.springframework.boot.loader.launch.PropertiesLauncher", "--server.port=0",
					"--spring.autoconfigure.exclude=" + exclusions,
					"--management.endpoint.health.group.readiness.include=readinessState"));
			System.out.printf("run %d: sample %.3f s, minimal %.3f s%n", i + 1, sample[i], minimal[i]);
		}
		System.out.printf("RESULT sample_seconds %.3f s%n", median(sample));
		System.out.printf("RESULT minimal_seconds %.3f s%n", median(minimal));
	}

	private static Path bootJar(Path target) throws IOException {
		try (Stream<Path> files = Files.list(target)) {
			return files.filter(p -> p.getFileName().toString().matches("dynamo-connection-sample-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No sample app jar in " + target + "; run ./mvnw -pl sample-app -am package"));
		}
	}

	private static List<String> ourAutoConfigurations() throws IOException {
		List<String> names = new ArrayList<>();
		var resources = StartupMeasurement.class.getClassLoader().getResources(IMPORTS);
		while (resources.hasMoreElements()) {
			try (var in = resources.nextElement().openStream()) {
				for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
					if (line.startsWith("io.github.dynamoconnection")) {
						names.add(line.trim());
					}
				}
			}
		}
		if (names.isEmpty()) {
			throw new IllegalStateException("No dynamo-connection auto-configurations found to exclude");
		}
		return names;
	}

	private static double timeToReady(List<String> command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				List<String> tail = new ArrayList<>();
				while ((line = lines.readLine()) != null) {
					Matcher matcher = STARTED.matcher(line);
					if (matcher.find()) {
						return Double.parseDouble(matcher.group(1));
					}
					tail.add(line);
					if (tail.size() > 40) {
						tail.remove(0);
					}
				}
				throw new IllegalStateException("App exited before it started:\n" + String.join("\n", tail));
			}
			finally {
				process.destroy();
				if (!process.waitFor(10, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
