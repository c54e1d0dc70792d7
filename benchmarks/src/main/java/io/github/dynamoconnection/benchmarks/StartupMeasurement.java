package io.github.dynamoconnection.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Goal 7: the sample app's start-up on the embedded default vs the same app with the starter
 * removed. Both start from the sample app's executable jar with {@code --server.port=0}; the
 * baseline runs {@code MinimalWebApplication} (web + actuator, the sample's configuration) with
 * every dynamo-connection auto-configuration excluded (and so no {@code dynamodb} health indicator in
 * its readiness group). Two interleaved pair sets from the same runs (sample, minimal, sample, ...):
 * time to ready, what Spring Boot logs as "process running for" (JVM start to a started context),
 * and time to the first served request, from launching the process to the first 200 answer to
 * {@code GET /actuator/health}. One unmeasured pair first fills the file cache.
 */
public final class StartupMeasurement {

	private static final Pattern STARTED = Pattern.compile("Started .* \\(process running for ([0-9.]+)\\)");

	private static final Pattern PORT = Pattern.compile("started on port (\\d+)");

	private static final String IMPORTS = "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";

	/** Generous: on a loaded 2-core machine the sample app has taken 50 s to start. */
	private static final long TIMEOUT_SECONDS = 300;

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private StartupMeasurement() {
	}

	/** Arguments: number of pairs (at least 5), the sample app's target folder, the benchmarks' compiled classes folder. */
	public static void main(String[] args) throws Exception {
		int pairs = Integer.parseInt(args[0]);
		Path jar = bootJar(Path.of(args[1]));
		Path benchmarkClasses = Path.of(args[2]);
		String exclusions = String.join(",", ourAutoConfigurations());
		// A packaged app leaves the embedded engine off unless told (EmbeddedDynamoDbDecision).
		List<String> sample = List.of("java", "-jar", jar.toString(), "--server.port=0", "--dynamodb.embedded.enabled=true");
		List<String> minimal = List.of("java", "-Dloader.path=" + benchmarkClasses,
				"-Dloader.main=io.github.dynamoconnection.benchmarks.startup.MinimalWebApplication", "-cp", jar.toString(),
				"org.springframework.boot.loader.launch.PropertiesLauncher", "--server.port=0",
				"--spring.autoconfigure.exclude=" + exclusions,
				"--management.endpoint.health.group.readiness.include=readinessState");
		start(sample);
		start(minimal);
		PairLog ready = new PairLog("startup.ready", "sample", "minimal", "s", System.out);
		PairLog firstRequest = new PairLog("startup.first-request", "sample", "minimal", "s", System.out);
		for (int attempt = 0; attempt < 2; attempt++) {
			if (attempt > 0) {
				ready.restart();
				firstRequest.restart();
			}
			for (int i = 0; i < pairs; i++) {
				double[] a = start(sample);
				double[] b = start(minimal);
				ready.add(a[0], b[0]);
				firstRequest.add(a[1], b[1]);
			}
			if (!ready.noisy() && !firstRequest.noisy()) {
				break;
			}
		}
	}

	/** Starts the app, returns {seconds to ready as the app logs it, seconds from launch to the first served request}. */
	private static double[] start(List<String> command) throws Exception {
		long launched = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		CompletableFuture<Integer> port = new CompletableFuture<>();
		CompletableFuture<Double> ready = new CompletableFuture<>();
		Thread reader = new Thread(() -> read(process, port, ready), "startup-log");
		reader.start();
		try {
			URI health = URI.create("http://127.0.0.1:" + port.get(TIMEOUT_SECONDS, TimeUnit.SECONDS) + "/actuator/health");
			double firstRequest = firstServed(health, launched);
			return new double[] { ready.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), firstRequest };
		}
		finally {
			process.destroy();
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
			reader.join(10_000);
		}
	}

	/** Polls every 5 ms; the seconds from launch to the first 200 answer. */
	private static double firstServed(URI uri, long launched) throws InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build();
		long deadline = launched + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		while (System.nanoTime() < deadline) {
			try {
				if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return (System.nanoTime() - launched) / 1e9;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(5);
		}
		throw new IllegalStateException("No 200 from " + uri + " within " + TIMEOUT_SECONDS + " s of launch");
	}

	/** Reads the app's log: the port, then the time to ready; keeps the last lines for an error. */
	private static void read(Process process, CompletableFuture<Integer> port, CompletableFuture<Double> ready) {
		List<String> tail = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				Matcher portMatch = PORT.matcher(line);
				if (portMatch.find()) {
					port.complete(Integer.valueOf(portMatch.group(1)));
				}
				Matcher started = STARTED.matcher(line);
				if (started.find()) {
					ready.complete(Double.valueOf(started.group(1)));
				}
				tail.add(line);
				if (tail.size() > 40) {
					tail.remove(0);
				}
			}
		}
		catch (IOException ex) {
			// the process was stopped
		}
		IllegalStateException exited = new IllegalStateException("App exited before it started:\n" + String.join("\n", tail));
		port.completeExceptionally(exited);
		ready.completeExceptionally(exited);
	}

	private static Path bootJar(Path target) throws IOException {
		try (Stream<Path> files = Files.list(target)) {
			// the jar that keeps the optional embedded engine (the plain one leaves it out)
			return files.filter(p -> p.getFileName().toString().matches("dynamo-connection-sample-.*-with-embedded\\.jar"))
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

}
