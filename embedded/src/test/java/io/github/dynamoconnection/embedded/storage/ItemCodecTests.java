package io.github.dynamoconnection.embedded.storage;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.embedded.value.Value;

import static org.assertj.core.api.Assertions.assertThat;

class ItemCodecTests {

	@Test
	void everyTypeSurvivesARoundTripInOrder() {
		Map<String, Value> item = new LinkedHashMap<>();
		item.put("s", Value.s("héllo ✓ 𝄞"));
		item.put("n", Value.n("-12345.678E-40"));
		item.put("zero", Value.n("0"));
		item.put("b", Value.b("bytes"));
		item.put("ss", new Value.SS(List.of("a", "b")));
		item.put("ns", new Value.NS(List.of(new BigDecimal("1"), new BigDecimal("99999999999999999999999999999999999999"))));
		item.put("bs", new Value.BS(List.of(new byte[] { 1, 2 }, new byte[0])));
		item.put("m", new Value.M(Map.of("inner", new Value.L(List.of(Value.Bool.TRUE, Value.Bool.FALSE, Value.Null.INSTANCE)))));
		item.put("empty", Value.s(""));
		Map<String, Value> decoded = ItemCodec.decode(ItemCodec.encode(item));
		assertThat(decoded).isEqualTo(item);
		assertThat(decoded.keySet()).containsExactlyElementsOf(item.keySet());
	}

	@Test
	void encodingIsCompact() {
		Map<String, Value> item = new LinkedHashMap<>();
		item.put("pk", Value.s("user-123456"));
		item.put("count", Value.n(12345));
		assertThat(ItemCodec.encode(item).length).isLessThan(30);
	}

}
