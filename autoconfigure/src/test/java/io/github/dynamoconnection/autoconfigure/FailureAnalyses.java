package io.github.dynamoconnection.autoconfigure;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * Analyzes a start-up failure with the {@link FailureAnalyzer}s registered in
 * {@code META-INF/spring.factories}, as Spring Boot does when an application fails to start.
 */
public final class FailureAnalyses {

	private FailureAnalyses() {
	}

	/**
	 * The first analysis of a failure.
	 * @param failure the start-up failure
	 * @return the analysis, or {@code null} when no analyzer explains the failure
	 */
	public static @Nullable FailureAnalysis analyze(Throwable failure) {
		List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, SpringFactoriesLoader.ArgumentResolver.none(),
					SpringFactoriesLoader.FailureHandler.handleMessage((message, ignored) -> {
					}));
		for (FailureAnalyzer analyzer : analyzers) {
			FailureAnalysis analysis = analyzer.analyze(failure);
			if (analysis != null) {
				return analysis;
			}
		}
		return null;
	}

}
