package io.github.dynamoconnection.autoconfigure;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/**
 * An entity as Spring Cloud AWS's {@code DynamoDbTemplate} maps it, to table {@code book}: the one
 * test entity of SpringCloudAwsCoexistenceTests and of module spring-cloud-aws-it (through this
 * module's test-jar).
 */
@DynamoDbBean
public class Book {

	private String id;

	private String title;

	/**
	 * A book.
	 * @param id its key
	 * @param title its title
	 * @return the book
	 */
	public static Book of(String id, String title) {
		Book book = new Book();
		book.setId(id);
		book.setTitle(title);
		return book;
	}

	/**
	 * The key.
	 * @return the id
	 */
	@DynamoDbPartitionKey
	public String getId() {
		return this.id;
	}

	/**
	 * Sets the key.
	 * @param id the id
	 */
	public void setId(String id) {
		this.id = id;
	}

	/**
	 * The title.
	 * @return the title
	 */
	public String getTitle() {
		return this.title;
	}

	/**
	 * Sets the title.
	 * @param title the title
	 */
	public void setTitle(String title) {
		this.title = title;
	}

}
