package io.github.dynamoconnection.embedded.engine;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class ItemOperationsTests {

	private final EngineFixture fixture = new EngineFixture();

	@BeforeEach
	void createTables() {
		fixture.createTable("Hash", false);
		fixture.createTable("Ranged", true);
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void putThenGetReturnsTheItemWithNormalizedNumbers() {
		fixture.call("PutItem", "{'TableName':'Hash','Item':{'pk':{'S':'a'},'n':{'N':'1.50'},'big':{'N':'1E+2'},'tags':{'SS':['x','y']},'doc':{'M':{'l':{'L':[{'BOOL':true},{'NULL':true},{'B':'AQI='}]}}}}}");
		ObjectNode got = fixture.call("GetItem", "{'TableName':'Hash','Key':{'pk':{'S':'a'}}}");
		assertThat(got.get("Item").get("n").get("N").asString()).isEqualTo("1.5");
		assertThat(got.get("Item").get("big").get("N").asString()).isEqualTo("100");
		assertThat(got.get("Item").get("doc").get("M").get("l").get("L").get(2).get("B").asString()).isEqualTo("AQI=");
		assertThat(got.get("Item").get("tags").get("SS").size()).isEqualTo(2);
	}

	@Test
	void getOfMissingItemAnswersEmptyObjectWithCapacity() {
		ObjectNode got = fixture.call("GetItem", "{'TableName':'Hash','Key':{'pk':{'S':'none'}},'ReturnConsumedCapacity':'TOTAL'}");
		assertThat(got.has("Item")).isFalse();
		assertThat(got.get("ConsumedCapacity").get("CapacityUnits").asDouble()).isEqualTo(0.5);
	}

	@Test
	void putReturnsOldItemAndOverwrites() {
		fixture.call("PutItem", "{'TableName':'Ranged','Item':{'pk':{'S':'a'},'sk':{'S':'1'},'v':{'S':'old'}}}");
		ObjectNode put = fixture.call("PutItem", "{'TableName':'Ranged','Item':{'pk':{'S':'a'},'sk':{'S':'1'},'v':{'S':'new'}},'ReturnValues':'ALL_OLD'}");
		assertThat(put.get("Attributes").get("v").get("S").asString()).isEqualTo("old");
		ObjectNode table = fixture.call("DescribeTable", "{'TableName':'Ranged'}");
		assertThat(table.get("Table").get("ItemCount").asLong()).isEqualTo(1);
	}

	/** Lists and maps count alike: 31 containers around a leaf are 32 levels, one more is refused. */
	@Test
	void valuesNestAtMost32LevelsCountingListsAndMaps() {
		fixture.call("PutItem", "{'TableName':'Hash','Item':{'pk':{'S':'a'},'d':" + nested(31) + "}}");
		fixture.assertError("PutItem", "{'TableName':'Hash','Item':{'pk':{'S':'b'},'d':" + nested(32) + "}}", "ValidationException",
				"Nesting Levels have exceeded supported limits: Attributes in the item have nested levels beyond supported limit");
		fixture.assertError("PutItem", "{'TableName':'Hash','Item':{'pk':{'S':'b'},'':{'S':'x'}}}", "ValidationException",
				"One or more parameter values were invalid: Empty attribute name");
		assertThat(fixture.call("GetItem", "{'TableName':'Hash','Key':{'pk':{'S':'b'}}}").has("Item")).isFalse();
	}

	/** A value of {@code containers} alternating maps and lists around a string. */
	private static String nested(int containers) {
		String value = "{'S':'leaf'}";
		for (int i = 0; i < containers; i++) {
			value = (i % 2 == 0) ? "{'L':[{'N':'1'}," + value + "]}" : "{'M':{'x':{'N':'1'},'y':" + value + "}}";
		}
		return value;
	}

	@Test
	void keyMismatchesAreValidationErrors() {
		fixture.assertError("GetItem", "{'TableName':'Hash','Key':{'pk':{'N':'1'}}}", "ValidationException",
				"The provided key element does not match the schema");
		fixture.assertError("GetItem", "{'TableName':'Hash','Key':{'pk':{'S':'a'},'extra':{'S':'b'}}}", "ValidationException",
				"The provided key element does not match the schema");
		fixture.assertError("GetItem", "{'TableName':'Ranged','Key':{'pk':{'S':'a'}}}", "ValidationException",
				"The provided key element does not match the schema");
		fixture.assertError("PutItem", "{'TableName':'Hash','Item':{'other':{'S':'a'}}}", "ValidationException",
				"Missing the key pk in the item");
		fixture.assertError("PutItem", "{'TableName':'Hash','Item':{'pk':{'N':'1'}}}", "ValidationException",
				"Type mismatch for key pk expected: S actual: N");
		fixture.assertError("PutItem", "{'TableName':'Hash','Item':{'pk':{'S':''}}}", "ValidationException",
				"cannot contain an empty string value. Key: pk");
		fixture.assertError("GetItem", "{'TableName':'Missing','Key':{'pk':{'S':'a'}}}", "ResourceNotFoundException", null);
	}

	@Test
	void invalidValuesAreRefusedAndNothingIsStored() {
		fixture.assertError("PutItem", "{'TableName':'Hash','Item':{'pk':{'S':'a'},'s':{'SS':['x','x']}}}", "ValidationException", "contains duplicates");
		fixture.assertError("PutItem", "{'TableName':'Hash','Item':{'pk':{'S':'a'},'s':{'NS':[]}}}", "ValidationException", "may not be empty");
		fixture.assertError("PutItem", "{'TableName':'Hash','Item':{'pk':{'S':'a'},'n':{'N':'abc'}}}", "ValidationException", "numeric value");
		fixture.assertError("PutItem", "{'TableName':'Hash','Item':{'pk':{'S':'a'},'n':{}}}", "ValidationException", "Supplied AttributeValue is empty");
		fixture.assertError("PutItem", "{'TableName':'Hash','Item':{'pk':{'S':'a'},'n':{'S':'x','N':'1'}}}", "ValidationException", "more than one datatypes");
		fixture.assertError("PutItem", "{'TableName':'Hash','Item':{'pk':{'S':'a'}},'ReturnValues':'ALL_NEW'}", "ValidationException", "Return values set to invalid value");
		assertThat(fixture.call("GetItem", "{'TableName':'Hash','Key':{'pk':{'S':'a'}}}").has("Item")).isFalse();
	}

	@Test
	void itemOverFourHundredKilobytesIsRefused() {
		String big = "x".repeat(400 * 1024);
		fixture.assertError("PutItem", "{'TableName':'Hash','Item':{'pk':{'S':'a'},'v':{'S':'" + big + "'}}}", "ValidationException",
				"Item size has exceeded the maximum allowed size");
	}

	@Test
	void deleteItemRemovesAndReturnsOld() {
		fixture.call("PutItem", "{'TableName':'Hash','Item':{'pk':{'S':'a'},'v':{'N':'1'}}}");
		ObjectNode deleted = fixture.call("DeleteItem", "{'TableName':'Hash','Key':{'pk':{'S':'a'}},'ReturnValues':'ALL_OLD'}");
		assertThat(deleted.get("Attributes").get("v").get("N").asString()).isEqualTo("1");
		assertThat(fixture.call("GetItem", "{'TableName':'Hash','Key':{'pk':{'S':'a'}}}").has("Item")).isFalse();
		fixture.assertError("DeleteItem", "{'TableName':'Hash','Key':{'pk':{'S':'a'}},'ReturnValues':'ALL_NEW'}", "ValidationException", null);
	}

}
