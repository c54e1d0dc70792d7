package io.github.dynamoconnection.table;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.S;

/** The one capacity value of the table and index specs: immutable, compared by value, at least 1 unit. */
class ProvisionedCapacityTests {

	@Test
	void unsetHasNeitherUnit() {
		assertThat(ProvisionedCapacity.unset().readCapacityUnits()).isNull();
		assertThat(ProvisionedCapacity.unset().writeCapacityUnits()).isNull();
	}

	@Test
	void withReturnsACopyAndEqualsComparesBothUnits() {
		ProvisionedCapacity read = ProvisionedCapacity.unset().withReadCapacityUnits(5);
		assertThat(ProvisionedCapacity.unset().readCapacityUnits()).isNull();
		assertThat(read.withWriteCapacityUnits(7)).isEqualTo(ProvisionedCapacity.of(5, 7))
			.hasSameHashCodeAs(ProvisionedCapacity.of(5, 7));
		assertThat(read).isNotEqualTo(ProvisionedCapacity.of(5, 7)).isNotEqualTo(ProvisionedCapacity.unset());
		assertThat(ProvisionedCapacity.of(1, 1)).hasToString("ProvisionedCapacity[read=1, write=1]");
	}

	@Test
	void oneUnitIsTheLeastAndZeroIsRefusedByName() {
		assertThat(ProvisionedCapacity.of(1, 1).readCapacityUnits()).isEqualTo(1L);
		assertThatIllegalArgumentException().isThrownBy(() -> ProvisionedCapacity.of(0, 1))
			.withMessage("readCapacityUnits must be at least 1, got 0");
		assertThatIllegalArgumentException().isThrownBy(() -> ProvisionedCapacity.unset().withWriteCapacityUnits(-3))
			.withMessage("writeCapacityUnits must be at least 1, got -3");
	}

	@Test
	void theSpecsShareTheValueAndCheckItWhenSet() {
		CreateTableSpec create = CreateTableSpec.of(t -> t.hashKey("id", S).readCapacityUnits(2).writeCapacityUnits(3));
		assertThat(create.capacity()).isEqualTo(ProvisionedCapacity.of(2, 3));
		assertThat(UpdateTableSpec.capacity(2, 3).capacity()).isEqualTo(create.capacity());
		assertThat(GlobalSecondaryIndexSpec.of("gsi", i -> i.capacity(create.capacity())).readCapacityUnits()).isEqualTo(2L);
		assertThatIllegalArgumentException().isThrownBy(() -> CreateTableSpec.of(t -> t.writeCapacityUnits(0)))
			.withMessageContaining("writeCapacityUnits");
		assertThatIllegalArgumentException().isThrownBy(() -> UpdateTableSpec.capacity(0, 1))
			.withMessageContaining("readCapacityUnits");
	}

	@Test
	void tableSpecsToBuilderChangeACopyOnly() {
		CreateTableSpec create = CreateTableSpec.of(t -> t.hashKey("id", S).readCapacityUnits(2).tag("team", "a")
			.waitUntilActive());
		CreateTableSpec changed = create.toBuilder().writeCapacityUnits(4).tag("env", "test").build();
		assertThat(create.writeCapacityUnits()).isNull();
		assertThat(create.tags()).containsOnlyKeys("team");
		assertThat(changed.capacity()).isEqualTo(ProvisionedCapacity.of(2, 4));
		assertThat(changed.tags()).containsExactly(org.assertj.core.api.Assertions.entry("team", "a"),
				org.assertj.core.api.Assertions.entry("env", "test"));
		assertThat(changed.waitTimeout()).isEqualTo(TableSettingsBase.DEFAULT_WAIT);
		assertThat(changed.hashKeyName()).isEqualTo("id");
		UpdateTableSpec update = UpdateTableSpec.of(u -> u.deleteGlobalSecondaryIndex("old"));
		UpdateTableSpec more = update.toBuilder().readCapacityUnits(9).build();
		assertThat(update.readCapacityUnits()).isNull();
		assertThat(more.readCapacityUnits()).isEqualTo(9L);
		assertThat(more.indexesToDelete()).containsExactly("old");
	}

}
