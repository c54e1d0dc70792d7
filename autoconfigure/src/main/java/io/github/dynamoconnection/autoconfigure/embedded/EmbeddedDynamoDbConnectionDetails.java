package io.github.dynamoconnection.autoconfigure.embedded;

import java.net.URI;

import io.github.dynamoconnection.autoconfigure.DynamoDbConnectionDetails;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * {@link DynamoDbConnectionDetails} pointing at an {@link EmbeddedDynamoDb}: its in-process
 * transport and endpoint, region us-east-1 and placeholder credentials (the engine checks none).
 */
public class EmbeddedDynamoDbConnectionDetails implements DynamoDbConnectionDetails {

	private static final AwsCredentialsProvider PLACEHOLDER_CREDENTIALS = StaticCredentialsProvider
		.create(AwsBasicCredentials.create("embedded", "embedded"));

	private final EmbeddedDynamoDb engine;

	/**
	 * Creates details pointing at an engine.
	 * @param engine the engine
	 */
	public EmbeddedDynamoDbConnectionDetails(EmbeddedDynamoDb engine) {
		this.engine = engine;
	}

	@Override
	public URI endpoint() {
		return this.engine.endpoint();
	}

	@Override
	public Region region() {
		return Region.US_EAST_1;
	}

	@Override
	public AwsCredentialsProvider credentialsProvider() {
		return PLACEHOLDER_CREDENTIALS;
	}

	@Override
	public SdkHttpClient sdkHttpClient() {
		return this.engine.sdkHttpClient();
	}

	@Override
	public boolean isLocal() {
		return true;
	}

	@Override
	public String endpointSource() {
		return "the embedded default (dynamodb.host is not set)";
	}

	@Override
	public String regionSource() {
		return "the embedded default";
	}

}
