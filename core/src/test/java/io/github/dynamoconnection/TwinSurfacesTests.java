package io.github.dynamoconnection;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

import io.github.dynamoconnection.async.AsyncConnection;
import io.github.dynamoconnection.async.AsyncConnectionBuilder;
import io.github.dynamoconnection.async.AsyncTableConnection;
import io.github.dynamoconnection.item.PagePublisher;
import io.github.dynamoconnection.item.PageIterable;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sync and the async connection (and their table-bound views) expose the same operations with
 * the same parameter lists; an async operation returns a {@link CompletableFuture} of what its sync
 * twin returns. Types that have an async counterpart map onto it (the client, the connection and
 * its builder, the table view, pages: {@link PageIterable} to {@link PagePublisher}).
 */
class TwinSurfacesTests {

	/** Methods allowed on one side only, each with the reason. Empty: the surfaces agree. */
	private static final Set<String> DOCUMENTED_DIFFERENCES = Set.of();

	private static final Map<String, String> COUNTERPARTS = Map.of(DynamoDbClient.class.getName(),
			DynamoDbAsyncClient.class.getName(), Connection.class.getName(), AsyncConnection.class.getName(),
			ConnectionBuilder.class.getName(), AsyncConnectionBuilder.class.getName(), TableConnection.class.getName(),
			AsyncTableConnection.class.getName(), PageIterable.class.getName(), PagePublisher.class.getName());

	/** Return types an async method returns as they are (mapped to their counterpart), not in a future. */
	private static final Set<String> DIRECT = Set.of("void", "java.lang.String", DynamoDbClient.class.getName(),
			Connection.class.getName(), ConnectionBuilder.class.getName(), TableConnection.class.getName(),
			PageIterable.class.getName());

	@Test
	void connectionsExposeTheSameOperations() {
		assertTwins(Connection.class, AsyncConnection.class);
	}

	@Test
	void tableViewsExposeTheSameOperations() {
		assertTwins(TableConnection.class, AsyncTableConnection.class);
	}

	@Test
	void mappingSeesADifference() {
		assertThat(expectedAsync(Connection.class, "getItem")).isNotEqualTo(surface(AsyncConnection.class));
	}

	private static void assertTwins(Class<?> sync, Class<?> async) {
		Set<String> expected = new TreeSet<>();
		for (Method method : publicMethods(sync)) {
			expected.add(asyncSignature(method));
		}
		Set<String> actual = surface(async);
		Set<String> missingOnAsync = new TreeSet<>(expected);
		missingOnAsync.removeAll(actual);
		missingOnAsync.removeAll(DOCUMENTED_DIFFERENCES);
		Set<String> missingOnSync = new TreeSet<>(actual);
		missingOnSync.removeAll(expected);
		missingOnSync.removeAll(DOCUMENTED_DIFFERENCES);
		assertThat(missingOnAsync).as("sync operations without their async twin").isEmpty();
		assertThat(missingOnSync).as("async operations without their sync twin").isEmpty();
	}

	private static Set<String> expectedAsync(Class<?> sync, String skipped) {
		Set<String> expected = new TreeSet<>();
		publicMethods(sync).stream().filter(method -> !method.getName().equals(skipped))
			.forEach(method -> expected.add(asyncSignature(method)));
		return expected;
	}

	private static Set<String> surface(Class<?> type) {
		Set<String> signatures = new TreeSet<>();
		publicMethods(type).forEach(method -> signatures.add(signature(method, method.getGenericReturnType().getTypeName())));
		return signatures;
	}

	private static java.util.List<Method> publicMethods(Class<?> type) {
		return Arrays.stream(type.getDeclaredMethods())
			.filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic())
			.toList();
	}

	private static String asyncSignature(Method method) {
		String returned = method.getGenericReturnType().getTypeName();
		String mapped = DIRECT.contains(returned) ? counterpart(returned)
				: CompletableFuture.class.getName() + "<" + box(returned) + ">";
		return signature(method, mapped);
	}

	private static String signature(Method method, String returned) {
		StringBuilder text = new StringBuilder(Modifier.isStatic(method.getModifiers()) ? "static " : "");
		text.append(counterpart(returned)).append(' ').append(method.getName()).append('(');
		String[] parameters = Arrays.stream(method.getGenericParameterTypes())
			.map(type -> counterpart(type.getTypeName()))
			.toArray(String[]::new);
		return text.append(String.join(", ", parameters)).append(')').toString();
	}

	private static String counterpart(String typeName) {
		String mapped = typeName;
		for (Map.Entry<String, String> entry : COUNTERPARTS.entrySet()) {
			mapped = mapped.replace(entry.getKey(), entry.getValue());
		}
		return mapped;
	}

	private static String box(String typeName) {
		return switch (typeName) {
			case "boolean" -> "java.lang.Boolean";
			case "int" -> "java.lang.Integer";
			case "long" -> "java.lang.Long";
			default -> typeName;
		};
	}

}
