package io.github.dynamoconnection.it.springcloudaws;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An application with both starters, dynamo-connection's and Spring Cloud AWS's DynamoDB one, and
 * nothing of its own but an entity: what a team already on Spring Cloud AWS gets by adding ours.
 */
@SpringBootApplication
public class CoexistenceApplication {

	/**
	 * Starts the application.
	 * @param args the command line arguments
	 */
	public static void main(String[] args) {
		SpringApplication.run(CoexistenceApplication.class, args);
	}

}
