package io.github.dynamoconnection.conformance;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A conformance scenario: a test method taking a {@link Backend}, run once per backend against an
 * empty server, and skipped on moto when {@link MotoDivergences} lists it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "[{0}]")
@ArgumentsSource(EachBackend.class)
@ExtendWith(ScenarioExtension.class)
@interface Scenario {

}
