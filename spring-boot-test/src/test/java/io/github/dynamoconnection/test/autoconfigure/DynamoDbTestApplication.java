package io.github.dynamoconnection.test.autoconfigure;

import org.springframework.boot.SpringBootConfiguration;

/**
 * The application configuration {@link DynamoDbTest @DynamoDbTest} finds, as it would find an
 * application's {@code @SpringBootApplication}.
 */
@SpringBootConfiguration
class DynamoDbTestApplication {

}
