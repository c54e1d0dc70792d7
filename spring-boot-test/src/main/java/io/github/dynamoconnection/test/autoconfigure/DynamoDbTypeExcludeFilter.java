package io.github.dynamoconnection.test.autoconfigure;

import org.springframework.boot.test.context.filter.annotation.StandardAnnotationCustomizableTypeExcludeFilter;

/**
 * Type exclude filter for {@link DynamoDbTest @DynamoDbTest}: no component is included unless the
 * test asks for it.
 */
final class DynamoDbTypeExcludeFilter extends StandardAnnotationCustomizableTypeExcludeFilter<DynamoDbTest> {

	DynamoDbTypeExcludeFilter(Class<?> testClass) {
		super(testClass);
	}

}
