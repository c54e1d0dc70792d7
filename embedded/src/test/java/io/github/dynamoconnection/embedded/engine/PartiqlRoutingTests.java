package io.github.dynamoconnection.embedded.engine;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class PartiqlRoutingTests {

	private final EngineFixture fixture = new EngineFixture();

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void statementsReachTheSameTables() {
		fixture.createTable("Notes", false);
		fixture.call("ExecuteStatement", "{'Statement':'INSERT INTO Notes VALUE {\\'pk\\': ?, \\'text\\': ?}','Parameters':[{'S':'n1'},{'S':'hello'}]}");
		ObjectNode got = fixture.call("GetItem", "{'TableName':'Notes','Key':{'pk':{'S':'n1'}}}");
		assertThat(got.get("Item").get("text").get("S").asString()).isEqualTo("hello");
		ObjectNode selected = fixture.call("ExecuteStatement", "{'Statement':'SELECT * FROM Notes WHERE pk = ?','Parameters':[{'S':'n1'}]}");
		assertThat(selected.get("Items").get(0).get("text").get("S").asString()).isEqualTo("hello");
	}

}
