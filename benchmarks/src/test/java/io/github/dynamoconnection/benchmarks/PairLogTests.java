package io.github.dynamoconnection.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PairLogTests {

	private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

	private final PrintStream out = new PrintStream(this.printed, true, StandardCharsets.UTF_8);

	@Test
	void interleaveWhenSpreadIsUnderTenPercentShouldMeasureOnce() {
		double[] ratios = { 1.0, 1.04, 0.96, 1.05, 1.0 };
		AtomicInteger calls = new AtomicInteger();
		PairLog log = PairLog.interleave(new PairLog("set.get.t1", "a=1", "b=2", "ops/s", this.out), 5,
				() -> new double[] { 100 * ratios[calls.getAndIncrement() % 5], 100 });
		assertThat(calls).hasValue(5);
		assertThat(log.noisy()).isFalse();
		assertThat(lines()).containsExactly("SET set.get.t1 a=1 b=2 ops/s", "PAIR set.get.t1 100.000 100.000",
				"PAIR set.get.t1 104.000 100.000", "PAIR set.get.t1 96.0000 100.000", "PAIR set.get.t1 105.000 100.000",
				"PAIR set.get.t1 100.000 100.000");
	}

	@Test
	void interleaveWhenSpreadIsOverTenPercentShouldMeasureTheSetOnceMore() {
		double[] ratios = { 1.0, 1.11, 1.0, 1.0, 1.0, 1.0, 1.2, 1.0, 1.0, 1.0 };
		AtomicInteger calls = new AtomicInteger();
		PairLog log = PairLog.interleave(new PairLog("set.put.t8", "a", "b", "s", this.out), 5,
				() -> new double[] { ratios[calls.getAndIncrement()], 1 });
		assertThat(calls).hasValue(10);
		assertThat(log.noisy()).isTrue();
		assertThat(lines()).filteredOn((line) -> line.startsWith("REPEAT")).containsExactly("REPEAT set.put.t8 0.110");
		assertThat(lines()).filteredOn((line) -> line.startsWith("PAIR")).hasSize(10);
	}

	@Test
	void spreadShouldBeTheLargerOfEitherWayRound() {
		PairLog log = new PairLog("s", "a", "b", "s", this.out);
		log.add(1, 1);
		log.add(2, 1);
		log.add(1.5, 1);
		// a/b: (2 - 1) / 1.5 = 0.667; b/a: (1 - 0.5) / 0.667 = 0.75
		assertThat(log.spread()).isCloseTo(0.75, org.assertj.core.data.Offset.offset(1e-9));
	}

	@Test
	void idWithASpaceShouldBeRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PairLog("two words", "a", "b", "s", this.out))
			.withMessageContaining("'two words'");
	}

	private String[] lines() {
		return this.printed.toString(StandardCharsets.UTF_8).split("\\R");
	}

}
