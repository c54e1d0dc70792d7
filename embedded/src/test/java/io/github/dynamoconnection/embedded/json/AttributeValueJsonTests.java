package io.github.dynamoconnection.embedded.json;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.embedded.contract.EngineException;
import io.github.dynamoconnection.embedded.value.Value;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttributeValueJsonTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static Map<String, Value> item(String json) {
		return AttributeValueJson.readItem(JSON.readTree(json.replace('\'', '"')));
	}

	@Test
	void readsAndWritesEveryTypeWithNormalizedNumbers() {
		String json = "{'s':{'S':'x'},'n':{'N':'1.500'},'b':{'B':'AQI='},'ss':{'SS':['a']},'ns':{'NS':['1E+2']},'bs':{'BS':['AQ==']},'m':{'M':{'l':{'L':[{'NULL':true},{'BOOL':false}]}}}}";
		String written = AttributeValueJson.writeItem(item(json)).toString();
		assertThat(written).isEqualTo("{\"s\":{\"S\":\"x\"},\"n\":{\"N\":\"1.5\"},\"b\":{\"B\":\"AQI=\"},\"ss\":{\"SS\":[\"a\"]},\"ns\":{\"NS\":[\"100\"]},\"bs\":{\"BS\":[\"AQ==\"]},\"m\":{\"M\":{\"l\":{\"L\":[{\"NULL\":true},{\"BOOL\":false}]}}}}");
	}

	@Test
	void refusesMalformedValuesWithDynamoDbMessages() {
		assertRefused("{'a':{}}", "ValidationException", "Supplied AttributeValue is empty");
		assertRefused("{'a':{'S':'x','N':'1'}}", "ValidationException", "more than one datatypes");
		assertRefused("{'a':{'NS':['1','1.0']}}", "ValidationException", "contains duplicates");
		assertRefused("{'a':{'SS':[]}}", "ValidationException", "An string set  may not be empty");
		assertRefused("{'a':{'N':'1e500'}}", "ValidationException", "Number overflow");
		assertRefused("{'a':{'N':'12345678901234567890123456789012345678901'}}", "ValidationException", "38 significant digits");
		assertRefused("{'a':{'NULL':false}}", "ValidationException", "Null attribute value types must have the value of true");
		assertRefused("{'a':{'S':1}}", "SerializationException", null);
		assertRefused("{'a':{'B':'***'}}", "SerializationException", null);
		assertRefused("{'a':'x'}", "SerializationException", null);
	}

	private static void assertRefused(String json, String type, String message) {
		assertThatThrownBy(() -> item(json)).isInstanceOfSatisfying(EngineException.class, ex -> {
			assertThat(ex.errorType()).isEqualTo(type);
			if (message != null) {
				assertThat(ex.getMessage()).contains(message);
			}
		});
	}

}
