package io.github.dynamoconnection.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.Map;

import io.github.dynamoconnection.internal.call.Operation;
import io.github.dynamoconnection.exceptions.InvalidArgumentException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class KeyValuesTests {

	private final KeySchema thread = new KeySchema("Thread", new KeyAttribute("forum_name", ScalarAttributeType.S),
			new KeyAttribute("subject", ScalarAttributeType.S), Map.of());

	private final KeySchema numbered = new KeySchema("Scores", new KeyAttribute("player", ScalarAttributeType.S),
			new KeyAttribute("score", ScalarAttributeType.N), Map.of());

	private final KeySchema blobs = new KeySchema("Blobs", new KeyAttribute("digest", ScalarAttributeType.B), null,
			Map.of());

	@Test
	void hashAndRangeKeyAreTypedFromTheSchema() {
		assertThat(KeyValues.key(Operation.GET_ITEM, thread, "forum", "subject")).isEqualTo(
				Map.of("forum_name", AttributeValue.fromS("forum"), "subject", AttributeValue.fromS("subject")));
	}

	@Test
	void numbersAcceptNumberTypesAndNumericStrings() {
		assertThat(KeyValues.key(Operation.GET_ITEM, numbered, "p", 42).get("score")).isEqualTo(AttributeValue.fromN("42"));
		assertThat(KeyValues.key(Operation.GET_ITEM, numbered, "p", 4_000_000_000L).get("score").n()).isEqualTo("4000000000");
		assertThat(KeyValues.key(Operation.GET_ITEM, numbered, "p", new BigDecimal("1.50")).get("score").n()).isEqualTo("1.50");
		assertThat(KeyValues.key(Operation.GET_ITEM, numbered, "p", 2.5d).get("score").n()).isEqualTo("2.5");
		assertThat(KeyValues.key(Operation.GET_ITEM, numbered, "p", " 17 ").get("score").n()).isEqualTo("17");
	}

	@Test
	void binaryKeysAcceptBytesSdkBytesAndBuffers() {
		SdkBytes bytes = SdkBytes.fromByteArray(new byte[] { 1, 2 });
		assertThat(KeyValues.key(Operation.GET_ITEM, blobs, new byte[] { 1, 2 }, null).get("digest").b()).isEqualTo(bytes);
		assertThat(KeyValues.key(Operation.GET_ITEM, blobs, bytes, null).get("digest").b()).isEqualTo(bytes);
		assertThat(KeyValues.key(Operation.GET_ITEM, blobs, ByteBuffer.wrap(new byte[] { 1, 2 }), null).get("digest").b())
			.isEqualTo(bytes);
	}

	@Test
	void attributeValuesPassThroughWhenTheirTypeMatches() {
		AttributeValue given = AttributeValue.fromN("7");
		assertThat(KeyValues.key(Operation.GET_ITEM, numbered, "p", given).get("score")).isSameAs(given);
		assertThatThrownBy(() -> KeyValues.key(Operation.GET_ITEM, numbered, "p", AttributeValue.fromS("7")))
			.isInstanceOf(InvalidArgumentException.class).hasMessageContaining("'score'").hasMessageContaining("N (number)");
	}

	@Test
	void aStringThatIsNotANumberNamesTableAttributeAndType() {
		assertThatThrownBy(() -> KeyValues.key(Operation.GET_ITEM, numbered, "p", "ten"))
			.isInstanceOf(InvalidArgumentException.class)
			.hasMessage("GetItem on table 'Scores': key attribute 'score' must be of type N (number), got String that is not a number")
			.satisfies(ex -> assertThat(((InvalidArgumentException) ex).tableNames()).containsExactly("Scores"));
	}

	@Test
	void aNumberForAStringKeyIsRefused() {
		assertThatThrownBy(() -> KeyValues.key(Operation.PUT_ITEM, thread, 5, "s"))
			.isInstanceOf(InvalidArgumentException.class)
			.hasMessageContaining("'Thread'").hasMessageContaining("'forum_name'").hasMessageContaining("S (string)")
			.hasMessageContaining("Integer");
	}

	@Test
	void aMissingRangeKeyIsRefused() {
		assertThatThrownBy(() -> KeyValues.key(Operation.DELETE_ITEM, thread, "forum", null))
			.isInstanceOf(InvalidArgumentException.class)
			.hasMessage("DeleteItem on table 'Thread': range key 'subject' of type S (string) is missing");
	}

	@Test
	void aRangeKeyForAHashOnlyTableIsRefused() {
		assertThatThrownBy(() -> KeyValues.key(Operation.GET_ITEM, blobs, new byte[] { 1 }, "extra"))
			.isInstanceOf(InvalidArgumentException.class)
			.hasMessageContaining("table has no range key").hasMessageContaining("'digest'");
	}

	@Test
	void emptyAndMissingKeyValuesAreRefused() {
		assertThatThrownBy(() -> KeyValues.key(Operation.GET_ITEM, thread, "", "s"))
			.isInstanceOf(InvalidArgumentException.class).hasMessageContaining("non-empty");
		assertThatThrownBy(() -> KeyValues.key(Operation.GET_ITEM, thread, null, "s"))
			.isInstanceOf(InvalidArgumentException.class).hasMessageContaining("'forum_name'").hasMessageContaining("missing");
	}

	@Test
	void anItemMustHoldEveryKeyAttribute() {
		Map<String, AttributeValue> item = Map.of("forum_name", AttributeValue.fromS("f"), "views", AttributeValue.fromN("1"));
		assertThatThrownBy(() -> KeyValues.keyOf(Operation.PUT_ITEM, thread, item))
			.isInstanceOf(InvalidArgumentException.class).hasMessageContaining("item lacks range key 'subject'");
	}

}
