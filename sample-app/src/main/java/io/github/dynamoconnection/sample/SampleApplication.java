package io.github.dynamoconnection.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The forum from PynamoDB's documentation as a Spring Boot web app on dynamo-connection: runs on the
 * embedded engine unless {@code dynamodb.host} points at a real endpoint.
 */
@SpringBootApplication
public class SampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
