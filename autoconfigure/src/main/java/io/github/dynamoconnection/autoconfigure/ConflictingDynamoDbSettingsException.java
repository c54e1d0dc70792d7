package io.github.dynamoconnection.autoconfigure;

/**
 * Thrown when dynamo-connection's and Spring Cloud AWS's properties name different DynamoDB
 * endpoints or regions for the one client of the application.
 */
public class ConflictingDynamoDbSettingsException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String setting;

	private final String ours;

	private final String theirs;

	ConflictingDynamoDbSettingsException(String setting, SpringCloudAwsSettings.Setting ours,
			SpringCloudAwsSettings.Setting theirs) {
		super("Conflicting DynamoDB " + setting + ": " + ours.describe() + " and " + theirs.describe());
		this.setting = setting;
		this.ours = ours.property();
		this.theirs = theirs.property();
	}

	/**
	 * The setting the properties disagree on.
	 * @return {@code endpoint} or {@code region}
	 */
	public String getSetting() {
		return this.setting;
	}

	/**
	 * The dynamo-connection property.
	 * @return its name
	 */
	public String getProperty() {
		return this.ours;
	}

	/**
	 * The Spring Cloud AWS property.
	 * @return its name
	 */
	public String getSpringCloudAwsProperty() {
		return this.theirs;
	}

}
