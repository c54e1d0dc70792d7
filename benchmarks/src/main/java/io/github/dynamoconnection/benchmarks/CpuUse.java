package io.github.dynamoconnection.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;

/**
 * The CPU time one side of a load takes, of this JVM (the client) and of the engine's process,
 * summed over its timed rounds: CPU microseconds per item, and the cores kept busy on average
 * (CPU time / wall time). With C cores, a side that keeps {@code b} cores busy can be made at most
 * {@code C / b} times faster by overlapping requests, unless it also does less work per item.
 */
final class CpuUse {

	private final ProcessHandle engine;

	private long wallNanos;

	private long clientNanos;

	private long engineNanos;

	private long rounds;

	CpuUse(ProcessHandle engine) {
		this.engine = engine;
	}

	/** Runs one timed round; its wall time in seconds. */
	double time(Runnable load) {
		long client = clientCpu();
		long server = engineCpu();
		long start = System.nanoTime();
		load.run();
		long wall = System.nanoTime() - start;
		wallNanos += wall;
		clientNanos += clientCpu() - client;
		engineNanos += engineCpu() - server;
		rounds++;
		return wall / 1e9;
	}

	/** RESULT lines: client and engine CPU microseconds per item, and the cores busy on average. */
	void report(String side, int items) {
		double perItem = 1e-3 / ((double) rounds * items);
		System.out.printf(Locale.ROOT, "RESULT bulk_cpu_client_%s_%d %.2f us/item%n", side, items, clientNanos * perItem);
		System.out.printf(Locale.ROOT, "RESULT bulk_cpu_engine_%s_%d %.2f us/item%n", side, items, engineNanos * perItem);
		System.out.printf(Locale.ROOT, "RESULT bulk_cores_busy_%s_%d %.2f cores%n", side, items,
				(double) (clientNanos + engineNanos) / wallNanos);
	}

	private static long clientCpu() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	private long engineCpu() {
		return engine.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
	}

}
