package io.github.dynamoconnection.benchmarks.startup;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The baseline of goal 7: the sample app's own class path and configuration, but with none of its
 * beans and every dynamo-connection auto-configuration excluded (StartupMeasurement passes the
 * exclusions), i.e. a plain Boot app with web and actuator.
 */
@SpringBootApplication
public class MinimalWebApplication {

	public static void main(String[] args) {
		SpringApplication.run(MinimalWebApplication.class, args);
	}

}
