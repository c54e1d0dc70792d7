package io.github.dynamoconnection.it.springcloudaws;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Keeps the last {@link FailureAnalysis} Spring Boot reports for a failed start-up (registered in
 * {@code META-INF/spring.factories} beside Boot's logging reporter).
 */
public class RecordingFailureAnalysisReporter implements FailureAnalysisReporter {

	private static final AtomicReference<FailureAnalysis> last = new AtomicReference<>();

	@Override
	public void report(FailureAnalysis analysis) {
		last.set(analysis);
	}

	/**
	 * The last analysis reported, cleared.
	 * @return the analysis, or {@code null}
	 */
	static FailureAnalysis take() {
		return last.getAndSet(null);
	}

}
