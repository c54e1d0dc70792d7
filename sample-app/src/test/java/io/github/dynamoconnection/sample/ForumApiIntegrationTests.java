package io.github.dynamoconnection.sample;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.sample.Http.Response;
import io.github.dynamoconnection.sample.readme.Readme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import io.github.dynamoconnection.item.QueryOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sample app on the embedded engine, driven over real HTTP: every endpoint, its error paths,
 * and the actuator's health and Prometheus output.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForumApiIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private Connection connection;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	private Http http;

	private String forum;

	@BeforeEach
	void setUp(TestInfo test) {
		this.http = new Http(this.port);
		this.forum = test.getTestMethod().orElseThrow().getName();
	}

	@Test
	void createForumAnswers201ThenConflictsWith409() {
		Response created = createForum(this.forum);
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().path("name").asString()).isEqualTo(this.forum);
		Response again = this.http.post("/forums", forumJson(this.forum, "Other"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).isEqualTo("application/problem+json");
		assertThat(again.json().path("detail").asString()).contains(this.forum).contains("already exists");
		assertThat(this.http.get("/forums/" + this.forum).json().path("category").asString()).isEqualTo("Amazon Web Services");
	}

	@Test
	void invalidForumAnswers400NamingEveryField() {
		Response response = this.http.post("/forums", "{\"name\":\"\",\"category\":\"\"}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(fields(response)).containsExactlyInAnyOrder("name", "category");
		assertThat(response.json().path("detail").asString()).contains("name").contains("category");
	}

	@Test
	void malformedJsonAnswers400NamingTheField() {
		Response wrongType = this.http.post("/drafts", "{\"author\":\"a\",\"forum\":\"f\",\"ttlSeconds\":\"soon\"}");
		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(fields(wrongType)).containsExactly("ttlSeconds");
		Response notJson = this.http.post("/forums", "{not json");
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(fields(notJson)).containsExactly("body");
	}

	@Test
	void missingForumAnswers404() {
		Response response = this.http.get("/forums/nothing-here");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(response.json().path("detail").asString()).contains("nothing-here");
		Response noSuchPath = this.http.get("/no/such/path");
		assertThat(noSuchPath.status()).isEqualTo(404);
		assertThat(noSuchPath.contentType()).isEqualTo("application/problem+json");
	}

	@Test
	void postThreadNeedsItsForumAndAFreeSubject() {
		assertThat(postThread(this.forum, "Orphan").status()).isEqualTo(404);
		createForum(this.forum);
		Response posted = postThread(this.forum, "DynamoDB");
		assertThat(posted.status()).isEqualTo(201);
		assertThat(posted.json().path("views").asLong()).isZero();
		assertThat(posted.json().path("tags")).hasSize(2);
		assertThat(postThread(this.forum, "DynamoDB").status()).isEqualTo(409);
		Response read = this.http.get(threadPath("DynamoDB"));
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().path("message").asString()).isEqualTo("About DynamoDB");
		assertThat(this.http.get(threadPath("Nope")).status()).isEqualTo(404);
	}

	@Test
	void threadsArePagedWithOpaqueTokens() {
		createForum(this.forum);
		List<String> subjects = List.of("a1", "a2", "a3", "b1", "b2");
		subjects.forEach((subject) -> postThread(this.forum, subject));
		List<String> seen = new ArrayList<>();
		String token = null;
		int pages = 0;
		do {
			Response page = this.http.get("/forums/" + this.forum + "/threads?limit=2"
					+ ((token != null) ? "&pageToken=" + token : ""));
			assertThat(page.status()).isEqualTo(200);
			page.json().path("items").forEach((thread) -> seen.add(thread.path("subject").asString()));
			token = page.json().path("nextPageToken").isNull() ? null : page.json().path("nextPageToken").asString();
			pages++;
		}
		while (token != null && pages < 10);
		assertThat(seen).containsExactlyElementsOf(subjects);
		assertThat(pages).isEqualTo(3);
		Response prefixed = this.http.get("/forums/" + this.forum + "/threads?prefix=b");
		assertThat(subjects(prefixed)).containsExactly("b1", "b2");
	}

	@Test
	void foreignOrForgedPageTokensAnswer400() {
		createForum(this.forum);
		createForum(this.forum + "-other");
		postThread(this.forum, "a");
		postThread(this.forum, "b");
		String token = this.http.get("/forums/" + this.forum + "/threads?limit=1").json().path("nextPageToken").asString();
		Response foreign = this.http.get("/forums/" + this.forum + "-other/threads?pageToken=" + token);
		assertThat(foreign.status()).isEqualTo(400);
		assertThat(fields(foreign)).containsExactly("pageToken");
		Response forged = this.http.get("/forums/" + this.forum + "/threads?pageToken=bm90LWEtdG9rZW4");
		assertThat(forged.status()).isEqualTo(400);
		assertThat(fields(forged)).containsExactly("pageToken");
		String mistyped = Base64.getUrlEncoder()
			.encodeToString(("{\"forum_name\":{\"S\":\"" + this.forum + "\"},\"subject\":{\"S\":5}}").getBytes());
		Response wrongType = this.http.get("/forums/" + this.forum + "/threads?pageToken=" + mistyped);
		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(fields(wrongType)).containsExactly("pageToken");
		Response badLimit = this.http.get("/forums/" + this.forum + "/threads?limit=0");
		assertThat(badLimit.status()).isEqualTo(400);
		assertThat(fields(badLimit)).containsExactly("limit");
	}

	@Test
	void latestThreadsComeNewestFirstFromTheIndex() {
		createForum(this.forum);
		postThread(this.forum, "first");
		postThread(this.forum, "second");
		postThread(this.forum, "third");
		assertThat(subjects(this.http.get("/forums/" + this.forum + "/latest-threads")))
			.containsExactly("third", "second", "first");
		reply("first", "bumped");
		Response latest = this.http.get("/forums/" + this.forum + "/latest-threads?limit=2");
		assertThat(subjects(latest)).containsExactly("first", "third");
		Response rest = this.http.get("/forums/" + this.forum + "/latest-threads?limit=2&pageToken="
				+ latest.json().path("nextPageToken").asString());
		assertThat(subjects(rest)).containsExactly("second");
	}

	@Test
	void viewsAreCountedAtomically() {
		createForum(this.forum);
		postThread(this.forum, "popular");
		assertThat(this.http.post(threadPath("popular") + "/views", null).json().path("views").asLong()).isEqualTo(1);
		List<Integer> statuses = IntStream.range(0, 8)
			.parallel()
			.mapToObj((i) -> this.http.post(threadPath("popular") + "/views", null).status())
			.toList();
		assertThat(statuses).containsOnly(200);
		assertThat(this.http.get(threadPath("popular")).json().path("views").asLong()).isEqualTo(9);
		assertThat(this.http.post(threadPath("missing") + "/views", null).status()).isEqualTo(404);
	}

	@Test
	void replyingCountsTheReplyInTheSameTransaction() {
		createForum(this.forum);
		postThread(this.forum, "question");
		Response reply = reply("question", "an answer");
		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply("question", "another").status()).isEqualTo(201);
		JsonNode thread = this.http.get(threadPath("question")).json();
		assertThat(thread.path("replies").asLong()).isEqualTo(2);
		assertThat(thread.path("lastPostDateTime").asString()).isEqualTo(this.http
			.get(threadPath("question") + "/replies")
			.json()
			.path("items")
			.get(1)
			.path("postedAt")
			.asString());
		Response replies = this.http.get(threadPath("question") + "/replies?limit=1");
		assertThat(replies.json().path("items").get(0).path("message").asString()).isEqualTo("an answer");
		assertThat(replies.json().path("nextPageToken").isNull()).isFalse();
	}

	@Test
	void replyToAMissingThreadWritesNothing() {
		createForum(this.forum);
		Response reply = reply("ghost", "hello?");
		assertThat(reply.status()).isEqualTo(404);
		assertThat(this.connection.query("Reply", this.forum + "#ghost", QueryOptions.defaults()).items()).isEmpty();
		assertThat(this.http.get(threadPath("ghost") + "/replies").status()).isEqualTo(404);
	}

	@Test
	void bulkImportAccountsForEveryThreadAndExportReadsThemBack() {
		createForum(this.forum);
		StringBuilder threads = new StringBuilder();
		for (int i = 0; i < 60; i++) {
			threads.append((i > 0) ? "," : "").append(threadJson(String.format("imported-%02d", i)));
		}
		Response imported = this.http.post("/forums/" + this.forum + "/threads/import", "{\"threads\":[" + threads + "]}");
		assertThat(imported.status()).isEqualTo(200);
		assertThat(imported.json().path("requested").asInt()).isEqualTo(60);
		assertThat(imported.json().path("written")).hasSize(60);
		assertThat(imported.json().path("unprocessed")).isEmpty();
		Response export = this.http.get("/forums/" + this.forum + "/export?segments=3");
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.json().path("segments").asInt()).isEqualTo(3);
		assertThat(subjects(export.json().path("threads")))
			.containsExactlyElementsOf(IntStream.range(0, 60).mapToObj((i) -> String.format("imported-%02d", i)).toList());
	}

	@Test
	void bulkImportRefusesDuplicatesEmptinessAndMissingForums() {
		createForum(this.forum);
		Response duplicates = this.http.post("/forums/" + this.forum + "/threads/import",
				"{\"threads\":[" + threadJson("same") + "," + threadJson("other") + "," + threadJson("same") + "]}");
		assertThat(duplicates.status()).isEqualTo(400);
		assertThat(fields(duplicates)).containsExactly("threads[2].subject");
		assertThat(this.http.get(threadPath("same")).status()).isEqualTo(404);
		Response empty = this.http.post("/forums/" + this.forum + "/threads/import", "{\"threads\":[]}");
		assertThat(fields(empty)).containsExactly("threads");
		Response invalidEntry = this.http.post("/forums/" + this.forum + "/threads/import",
				"{\"threads\":[{\"subject\":\"\",\"message\":\"m\",\"author\":\"a\"}]}");
		assertThat(fields(invalidEntry)).containsExactly("threads[0].subject");
		Response noForum = this.http.post("/forums/none/threads/import", "{\"threads\":[" + threadJson("x") + "]}");
		assertThat(noForum.status()).isEqualTo(404);
		assertThat(this.http.get("/forums/none/export").status()).isEqualTo(404);
	}

	@Test
	void deleteReturnsWhatWasDeleted() {
		createForum(this.forum);
		postThread(this.forum, "old");
		this.http.post(threadPath("old") + "/views", null);
		Response deleted = this.http.delete(threadPath("old"));
		assertThat(deleted.status()).isEqualTo(200);
		assertThat(deleted.json().path("subject").asString()).isEqualTo("old");
		assertThat(deleted.json().path("views").asLong()).isEqualTo(1);
		assertThat(this.http.get(threadPath("old")).status()).isEqualTo(404);
		assertThat(this.http.delete(threadPath("old")).status()).isEqualTo(404);
	}

	@Test
	void draftsExpireWithTheirTimeToLive() {
		assertThat(this.connection.describeTimeToLive("Draft").attributeName()).isEqualTo("expires_at");
		Response kept = this.http.post("/drafts", draftJson(3600));
		assertThat(kept.status()).isEqualTo(201);
		String keptId = kept.json().path("id").asString();
		assertThat(this.http.get("/drafts/" + keptId).json().path("message").asString()).isEqualTo("half written");
		String shortLived = this.http.post("/drafts", draftJson(1)).json().path("id").asString();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.http.get("/drafts/" + shortLived).status() == 404);
		await().atMost(Duration.ofSeconds(30)).until(() -> !this.connection.getItem("Draft", shortLived, null).isFound());
		assertThat(this.connection.getItem("Draft", keptId, null).isFound()).isTrue();
		Response invalid = this.http.post("/drafts", draftJson(0));
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(fields(invalid)).containsExactly("ttlSeconds");
		assertThat(this.http.get("/drafts/unknown").status()).isEqualTo(404);
	}

	@Test
	void healthIsUpWithTheDynamoDbIndicatorInTheReadinessGroup() {
		Response health = this.http.get("/actuator/health");
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().path("status").asString()).isEqualTo("UP");
		assertThat(health.json().path("components").path("dynamodb").path("status").asString()).isEqualTo("UP");
		Response readiness = this.http.get("/actuator/health/readiness");
		assertThat(readiness.json().path("status").asString()).isEqualTo("UP");
		assertThat(readiness.json().path("components").has("dynamodb")).isTrue();
		Response liveness = this.http.get("/actuator/health/liveness");
		assertThat(liveness.json().path("status").asString()).isEqualTo("UP");
		assertThat(liveness.json().path("components").has("dynamodb")).isFalse();
	}

	@Test
	void prometheusShowsTheConnectionAndClientMeters() {
		createForum(this.forum);
		createForum(this.forum);
		postThread(this.forum, "measured");
		this.http.post(threadPath("measured") + "/views", null);
		this.http.get(threadPath("measured"));
		String prometheus = this.http.get("/actuator/prometheus").text();
		assertThat(prometheus)
			.containsPattern("dynamodb_connection_call_seconds_count\\{[^}]*aws_dynamodb_table_names=\"Thread\"[^}]*db_operation_name=\"UpdateItem\"[^}]*error_type=\"none\"")
			.containsPattern("dynamodb_connection_call_seconds_count\\{[^}]*aws_dynamodb_table_names=\"Forum\"[^}]*db_operation_name=\"PutItem\"[^}]*error_type=\"ConditionalCheckFailedException\"")
			.doesNotContain("dynamodb_connection_calls_seconds")
			.containsPattern("dynamodb_connection_conditional_check_failures_total\\{[^}]*operation=\"PutItem\"[^}]*table=\"Forum\"")
			.containsPattern("dynamodb_client_api_call_seconds_count\\{[^}]*operation=\"TransactWriteItems\"[^}]*outcome=\"success\"")
			.containsPattern("dynamodb_connection_consumed_write_total\\{[^}]*table=\"Thread\"")
			.containsPattern("dynamodb_connection_consumed_read_total\\{[^}]*table=\"Thread\"")
			.containsPattern("dynamodb_client_service_call_seconds_count\\{[^}]*http_status_code=\"200\"[^}]*operation=\"UpdateItem\"")
			.doesNotContain("dynamodb_client_http_connections");
		assertThat(this.http.get("/actuator/metrics/dynamodb.connection.call").status()).isEqualTo(200);
		for (String example : Readme.load().codeBlock("prometheus").split("\n")) {
			String series = example.substring(0, example.lastIndexOf(' '));
			assertThat(prometheus).as("README's Prometheus example").contains(series + " ");
		}
	}

	@Test
	void readmeListsExactlyTheEndpointsTheAppServes() {
		List<String> documented = new ArrayList<>();
		Readme.load().table("endpoints").forEach((row) -> documented.add(row.get(0).replace("`", "").replaceAll("\\?.*", "")));
		List<String> served = new ArrayList<>();
		for (RequestMappingInfo mapping : this.mappings.getHandlerMethods().keySet()) {
			mapping.getMethodsCondition()
				.getMethods()
				.forEach((method) -> mapping.getPatternValues().forEach((path) -> served.add(method + " " + path)));
		}
		served.removeIf((endpoint) -> endpoint.endsWith("/error"));
		assertThat(documented).containsExactlyInAnyOrderElementsOf(served);
	}

	private Response createForum(String name) {
		return this.http.post("/forums", forumJson(name, "Amazon Web Services"));
	}

	private Response postThread(String forum, String subject) {
		return this.http.post("/forums/" + forum + "/threads", threadJson(subject));
	}

	private Response reply(String subject, String message) {
		return this.http.post(threadPath(subject) + "/replies",
				"{\"author\":\"bob\",\"message\":\"" + message + "\"}");
	}

	private String threadPath(String subject) {
		return "/forums/" + this.forum + "/threads/" + subject;
	}

	private static String forumJson(String name, String category) {
		return "{\"name\":\"" + name + "\",\"category\":\"" + category + "\",\"description\":\"All things AWS\"}";
	}

	private static String threadJson(String subject) {
		return "{\"subject\":\"" + subject + "\",\"message\":\"About " + subject
				+ "\",\"author\":\"alice\",\"tags\":[\"aws\",\"dynamodb\"]}";
	}

	private static String draftJson(long ttlSeconds) {
		return "{\"author\":\"alice\",\"forum\":\"AWS\",\"subject\":\"Draft\",\"message\":\"half written\",\"ttlSeconds\":"
				+ ttlSeconds + "}";
	}

	private static List<String> fields(Response response) {
		List<String> fields = new ArrayList<>();
		response.json().path("errors").forEach((error) -> fields.add(error.path("field").asString()));
		return fields;
	}

	private static List<String> subjects(Response page) {
		return subjects(page.json().path("items"));
	}

	private static List<String> subjects(JsonNode threads) {
		List<String> subjects = new ArrayList<>();
		threads.forEach((thread) -> subjects.add(thread.path("subject").asString()));
		return subjects;
	}

}
