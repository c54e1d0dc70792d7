package io.github.dynamoconnection.convert;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;

class SmallIntegersTests {

	@ParameterizedTest
	@ValueSource(strings = { "0", "-0", "7", "-7", "00012", "-00012", "1023", "1024", "-1023", "123456789", "999999999999999999",
			"-999999999999999999", "100000000000000000" })
	void integersOfUpTo18DigitsReadAsNewBigDecimalDoes(String text) {
		BigDecimal fast = SmallIntegers.parse(text);
		assertThat(fast).isNotNull();
		assertThat(fast).isEqualTo(new BigDecimal(text));
		assertThat(fast.scale()).isZero();
		assertThat(fast.precision()).isEqualTo(new BigDecimal(text).precision());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "-", "+1", "1.0", "1e3", "1E3", "-1.5", " 1", "1 ", "1-", "12a", "--1",
			"1000000000000000000", "-9999999999999999999", "NaN", "0x10" })
	void anythingElseIsLeftToBigDecimal(String text) {
		assertThat(SmallIntegers.parse(text)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1.50", "1e3", "+1", "1000000000000000000", "-99999999999999999999999999999999999999" })
	void numbersOutsideTheFastPathStillConvertExactly(String text) {
		assertThat(AttributeValues.toJava(AttributeValue.fromN(text))).isEqualTo(new BigDecimal(text));
	}

}
