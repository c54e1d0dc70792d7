package io.github.dynamoconnection.conformance;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;

/** Supplies one {@link Backend} per {@link BackendKind}, so each scenario runs once per backend. */
final class EachBackend implements ArgumentsProvider {

	@Override
	public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
		return Arrays.stream(BackendKind.values()).map(kind -> Arguments.of(new Backend(kind)));
	}

}
