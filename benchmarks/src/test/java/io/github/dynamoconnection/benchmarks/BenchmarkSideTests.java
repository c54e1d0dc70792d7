package io.github.dynamoconnection.benchmarks;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class BenchmarkSideTests {

	@Test
	void sideShouldSetItsParamsAndSetUpOnceForAllRuns() throws Exception {
		CountingBenchmark.trials.set(0);
		try (BenchmarkSide side = new BenchmarkSide(CountingBenchmark.class, Map.of("mode", "b"))) {
			long[] first = side.run(BenchmarkSide.benchmark(CountingBenchmark.class, "call"), 2, 0.05);
			long[] second = side.run(BenchmarkSide.benchmark(CountingBenchmark.class, "call"), 1, 0.05);
			assertThat(first[0]).isPositive();
			assertThat(second[0]).isPositive();
			assertThat(first[1]).isGreaterThanOrEqualTo(50_000_000L);
			assertThat(first[2]).isPositive();
			assertThat(side.label()).isEqualTo("mode=b");
			assertThat(CountingBenchmark.trials).hasValue(1);
			assertThat(CountingBenchmark.lastMode).isEqualTo("b");
			assertThat(CountingBenchmark.lastSize).isEqualTo(3);
		}
		assertThat(CountingBenchmark.trials).hasValue(0);
	}

	@Test
	void unknownParamShouldBeRefusedNamingTheParamsThereAre() {
		assertThatIllegalArgumentException().isThrownBy(() -> new BenchmarkSide(CountingBenchmark.class, Map.of("api", "raw")))
			.withMessageContaining("'api'")
			.withMessageContaining("mode=a|b");
	}

	@Test
	void unknownMethodShouldBeRefusedNamingTheMethodsThereAre() {
		assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkSide.benchmark(CountingBenchmark.class, "getItem"))
			.withMessageContaining("'getItem'")
			.withMessageContaining("call");
	}

	@Test
	void failingCallShouldFailTheRun() {
		try (BenchmarkSide side = new BenchmarkSide(CountingBenchmark.class, Map.of("mode", "fail"))) {
			assertThatIllegalStateException().isThrownBy(() -> side.run(BenchmarkSide.benchmark(CountingBenchmark.class, "call"), 1, 0.01))
				.withRootCauseInstanceOf(UnsupportedOperationException.class);
		}
	}

}
