package io.github.dynamoconnection.benchmarks;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** A benchmark state as PairRunner finds them: params, trial set-up and tear-down, a no-argument method. */
@State(Scope.Benchmark)
public class CountingBenchmark {

	static final AtomicInteger trials = new AtomicInteger();

	static volatile String lastMode;

	static volatile int lastSize;

	@Param({ "a", "b" })
	public String mode;

	@Param({ "3" })
	public int size;

	private final AtomicLong calls = new AtomicLong();

	@Setup(Level.Trial)
	public void setUp() {
		trials.incrementAndGet();
		lastMode = this.mode;
		lastSize = this.size;
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		trials.decrementAndGet();
	}

	@Benchmark
	public long call() {
		if ("fail".equals(this.mode)) {
			throw new UnsupportedOperationException("failing on purpose");
		}
		return this.calls.incrementAndGet();
	}

}
