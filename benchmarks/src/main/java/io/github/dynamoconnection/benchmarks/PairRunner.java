package io.github.dynamoconnection.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures two sides of a JMH benchmark class by interleaved pairs, in one JVM: both sides set up
 * once, warmed up alternately, then for each method and thread count at least 5 pairs of
 * alternating measured iterations (A B A B ...), each pair a ratio ({@link PairLog}); within a pair
 * the sides take turns of 0.1 s, so a pair of 2 s per side is twenty turns each.
 * <pre>
 * PairRunner name Class method[,method...] param=A[,param=value] param=B[,...]
 *     [--threads 1,8] [--pairs 5] [--iteration 2] [--warmup 25] [--param name=value]... [--clock wall|cpu]
 * </pre>
 * {@code --clock cpu} counts calls per CPU second of the calling threads (garbage collection
 * not included) instead of per wall-clock second: for single-threaded sets
 * whose work all runs on the calling thread (the in-process engine), where a loaded machine's
 * scheduler, not the code, decides how many wall-clock seconds a turn of 0.1 s gets.
 * Own loop rather than JMH's Runner with forks(0): JMH sets each run's state up anew, which
 * restarts moto, dynalite or the standalone engine (seconds each) for every iteration of a pair.
 */
public final class PairRunner {

	/** Index of the wall-clock and of the CPU nanoseconds in what {@link BenchmarkSide#run} returns. */
	private static final int WALL = 1;

	private static final int CPU = 2;

	/** Length of one side's turn within a pair. */
	private static final double SLICE_SECONDS = 0.1;

	private static final String PACKAGE = PairRunner.class.getPackageName() + ".";

	private PairRunner() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 5) {
			throw new IllegalArgumentException("Usage: PairRunner name Class method[,method] param=A param=B [options]");
		}
		String name = args[0];
		Class<?> type = Class.forName(args[1].contains(".") ? args[1] : PACKAGE + args[1]);
		List<Method> methods = Arrays.stream(args[2].split(",")).map((m) -> BenchmarkSide.benchmark(type, m)).toList();
		Map<String, String> common = new LinkedHashMap<>();
		List<Integer> threads = List.of(1);
		int pairs = 5;
		double iteration = 2;
		double warmup = 25;
		boolean cpuClock = false;
		for (int i = 5; i < args.length; i += 2) {
			if (i + 1 >= args.length) {
				throw new IllegalArgumentException("Option " + args[i] + " needs a value");
			}
			String value = args[i + 1];
			switch (args[i]) {
				case "--threads" -> threads = Arrays.stream(value.split(",")).map(Integer::valueOf).toList();
				case "--pairs" -> pairs = Integer.parseInt(value);
				case "--iteration" -> iteration = Double.parseDouble(value);
				case "--warmup" -> warmup = Double.parseDouble(value);
				case "--param" -> common.putAll(params(value));
				case "--clock" -> cpuClock = switch (value) {
					case "cpu" -> true;
					case "wall" -> false;
					default -> throw new IllegalArgumentException("--clock wall or cpu, not " + value);
				};
				default -> throw new IllegalArgumentException("Unknown option " + args[i]);
			}
		}
		if (pairs < 5) {
			throw new IllegalArgumentException("At least 5 pairs, not " + pairs);
		}
		try (BenchmarkSide a = side(type, common, args[3]); BenchmarkSide b = side(type, common, args[4])) {
			warmUp(a, b, methods, threads, warmup, cpuClock);
			for (Method method : methods) {
				for (int t : threads) {
					String id = name + "." + method.getName() + ".t" + t;
					double seconds = iteration;
					int clock = cpuClock ? CPU : WALL;
					PairLog log = PairLog.interleave(
							new PairLog(id, a.label(), b.label(), cpuClock ? "ops/cpu-s" : "ops/s", System.out), pairs,
							() -> pair(a, b, method, t, seconds, clock));
					System.out.printf(Locale.ROOT, "# %s spread %.3f%s%n", id, log.spread(), log.noisy() ? " NOISY" : "");
				}
			}
		}
	}

	/**
	 * One pair: A and B alternate in turns of {@link #SLICE_SECONDS} (A B B A A B ...), so load that
	 * comes and goes on the machine falls on both sides alike, each side getting as many turns as the
	 * other, until the two together had {@code 2 * seconds} of wall time (a side whose single call
	 * outlasts a turn, moto's Query, overruns its turns: the pair still ends on time); ops/s of A and of B.
	 */
	private static double[] pair(BenchmarkSide a, BenchmarkSide b, Method method, int threads, double seconds, int clock) {
		int slices = Math.max(1, (int) Math.round(seconds / SLICE_SECONDS));
		double slice = seconds / slices;
		long budget = (long) (2 * seconds * 1e9);
		long[] sumA = new long[3];
		long[] sumB = new long[3];
		for (int i = 0; i == 0 || (i < slices && sumA[WALL] + sumB[WALL] < budget); i++) {
			// A B, B A, A B, ...: a side that always went second would gain from any upward drift (warm-up).
			BenchmarkSide first = (i % 2 == 0) ? a : b;
			BenchmarkSide second = (first == a) ? b : a;
			add((first == a) ? sumA : sumB, first.run(method, threads, slice));
			add((second == a) ? sumA : sumB, second.run(method, threads, slice));
		}
		if (clock == CPU) {
			System.out.printf(Locale.ROOT, "# wall clock: %.0f vs %.0f ops/s%n", sumA[0] * 1e9 / sumA[WALL],
					sumB[0] * 1e9 / sumB[WALL]);
		}
		return new double[] { sumA[0] * 1e9 / sumA[clock], sumB[0] * 1e9 / sumB[clock] };
	}

	private static void add(long[] sum, long[] sample) {
		for (int i = 0; i < sum.length; i++) {
			sum[i] += sample[i];
		}
	}

	private static BenchmarkSide side(Class<?> type, Map<String, String> common, String own) {
		Map<String, String> params = new LinkedHashMap<>(common);
		params.putAll(params(own));
		return new BenchmarkSide(type, params);
	}

	/** {@code name=value[,name=value]} to a map. */
	private static Map<String, String> params(String text) {
		Map<String, String> params = new LinkedHashMap<>();
		for (String pair : text.split(",")) {
			int equals = pair.indexOf('=');
			if (equals < 1) {
				throw new IllegalArgumentException("Expected name=value, got '" + pair + "'");
			}
			params.put(pair.substring(0, equals), pair.substring(equals + 1));
		}
		return params;
	}

	/**
	 * The SDK's call path needs 20 to 25 s of JIT warm-up on an idle machine here (FACTS.md): both
	 * sides, every method and thread count, in alternating chunks of at most 2 s, until this process
	 * has had {@code seconds} of wall time, with {@code cpuClock} also of CPU time (on a loaded machine
	 * a wall-clock second gives the JIT much less than a second; a client waiting on a server in
	 * another process never gathers that much CPU time), and a round's calls per CPU second of each
	 * side are within 5% of the round before; but no longer than twice {@code seconds}.
	 */
	private static void warmUp(BenchmarkSide a, BenchmarkSide b, List<Method> methods, List<Integer> threads,
			double seconds, boolean cpuClock) {
		int chunks = 2 * methods.size() * threads.size();
		double chunk = Math.min(2, Math.max(0.1, seconds / chunks));
		long start = System.nanoTime();
		long cpuStart = processCpuNanos();
		long wanted = (long) (seconds * 1e9);
		double[] previous = null;
		boolean steady = false;
		do {
			long[] sumA = new long[3];
			long[] sumB = new long[3];
			for (Method method : methods) {
				for (int t : threads) {
					add(sumA, a.run(method, t, chunk));
					add(sumB, b.run(method, t, chunk));
				}
			}
			double[] speeds = { (double) sumA[0] / sumA[CPU], (double) sumB[0] / sumB[CPU] };
			steady = previous != null && Math.abs(speeds[0] / previous[0] - 1) < 0.05
					&& Math.abs(speeds[1] / previous[1] - 1) < 0.05;
			previous = speeds;
		}
		while ((System.nanoTime() - start < wanted || (cpuClock && processCpuNanos() - cpuStart < wanted) || !steady)
				&& System.nanoTime() - start < 2 * wanted);
		System.out.printf(Locale.ROOT, "# warm-up %.1f s wall, %.1f s CPU, %s%n", (System.nanoTime() - start) / 1e9,
				(processCpuNanos() - cpuStart) / 1e9, steady ? "steady" : "still speeding up or noisy");
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

}
