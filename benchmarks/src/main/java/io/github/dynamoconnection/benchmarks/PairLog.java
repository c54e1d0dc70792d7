package io.github.dynamoconnection.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * One interleaved pair set: side A and side B measured alternately (A B A B ...), each pair a
 * ratio. Prints the lines {@code benchmarks/report.py} reads:
 * <pre>
 * SET id a-label b-label unit
 * PAIR id a-value b-value
 * REPEAT id spread     (the set was noisy; the PAIR lines after this one replace the earlier ones)
 * </pre>
 * A set whose spread, (max - min) / median of the pair ratios, is over {@link #NOISY_SPREAD} is
 * measured once more ({@link #interleave}); report.py marks it noisy if the second attempt is too.
 */
final class PairLog {

	/** Spread over which a pair set is noisy instead of met or missed. */
	static final double NOISY_SPREAD = 0.10;

	/** Pairs a set needs for report.py to count it as met or missed; a smaller set is not repeated. */
	static final int COUNTED_PAIRS = 5;

	private final String id;

	private final PrintStream out;

	private final List<double[]> pairs = new ArrayList<>();

	PairLog(String id, String aLabel, String bLabel, String unit, PrintStream out) {
		if (id.isBlank() || id.contains(" ")) {
			throw new IllegalArgumentException("Pair set id must be one word: '" + id + "'");
		}
		this.id = id;
		this.out = out;
		out.printf("SET %s %s %s %s%n", id, aLabel.replace(' ', '_'), bLabel.replace(' ', '_'), unit);
	}

	/**
	 * Measures {@code pairs} pairs, each {@code {a, b}} measured by {@code pair} with the sides
	 * alternating, and, if their spread is over 10%, all of them once more (in the same process,
	 * already warm: cheaper than a new JVM's warm-up). A set of fewer than {@link #COUNTED_PAIRS}
	 * pairs is reported but not counted, so it is not repeated.
	 */
	static PairLog interleave(PairLog log, int pairs, Supplier<double[]> pair) {
		for (int attempt = 0; attempt < 2; attempt++) {
			if (attempt > 0) {
				log.restart();
			}
			for (int i = 0; i < pairs; i++) {
				double[] measured = pair.get();
				log.add(measured[0], measured[1]);
			}
			if (!log.noisy() || pairs < COUNTED_PAIRS) {
				break;
			}
		}
		return log;
	}

	void add(double a, double b) {
		pairs.add(new double[] { a, b });
		out.printf(Locale.ROOT, "PAIR %s %.6g %.6g%n", id, a, b);
		out.flush();
	}

	/** Starts the set again, the earlier pairs being noisy. */
	void restart() {
		out.printf(Locale.ROOT, "REPEAT %s %.3f%n", id, spread());
		pairs.clear();
	}

	boolean noisy() {
		return spread() > NOISY_SPREAD;
	}

	/**
	 * (max - min) / median of the ratios a/b, or of b/a if larger (the table may show either way
	 * round, and both must agree on what is noisy).
	 */
	double spread() {
		double[] ratios = pairs.stream().mapToDouble((p) -> p[0] / p[1]).toArray();
		double[] inverse = pairs.stream().mapToDouble((p) -> p[1] / p[0]).toArray();
		return Math.max(spread(ratios), spread(inverse));
	}

	private static double spread(double[] values) {
		if (values.length == 0) {
			return 0;
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return (sorted[sorted.length - 1] - sorted[0]) / median(sorted);
	}

	/** The median of sorted values (the mean of the middle two for an even count). */
	static double median(double[] sorted) {
		int n = sorted.length;
		return (n % 2 == 1) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

}
