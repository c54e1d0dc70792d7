package io.github.dynamoconnection.embedded.value;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DynamoDB's number rules for numbers sent in a request and numbers an update computes. */
class NumbersTests {

	private static final String OVERFLOW = "Number overflow. Attempting to store a number with magnitude larger than supported range";

	@Test
	void aRequestNumberBeyond38DigitsIsAPrecisionError() {
		assertThatThrownBy(() -> Numbers.parse("1" + "0".repeat(49) + "1"))
			.hasMessage("Attempting to store more than 38 significant digits in a Number");
		assertThat(Numbers.parse("1" + "0".repeat(36) + "1")).isEqualByComparingTo("1" + "0".repeat(36) + "1");
	}

	@Test
	void aComputedNumberBeyond38DigitsIsAnOverflowAsDynamoDbReportsIt() {
		assertThatThrownBy(() -> Numbers.checkComputed(new BigDecimal("1E+50").add(BigDecimal.ONE))).hasMessage(OVERFLOW);
		assertThatThrownBy(() -> Numbers.checkComputed(new BigDecimal("9E+125").add(new BigDecimal("9E+125")))).hasMessage(OVERFLOW);
		assertThatThrownBy(() -> Numbers.checkComputed(new BigDecimal("1E-131")))
			.hasMessage("Number underflow. Attempting to store a number with magnitude smaller than supported range");
		assertThat(Numbers.checkComputed(new BigDecimal("1E+50").add(new BigDecimal("1E+50")))).isEqualByComparingTo("2E+50");
		assertThat(Numbers.checkComputed(new BigDecimal("5").subtract(new BigDecimal("5.0")))).isEqualByComparingTo("0");
	}

}
