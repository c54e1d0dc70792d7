package io.github.dynamoconnection.table;

import java.util.List;

import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/**
 * Which attributes a secondary index copies: all, keys only, or the keys plus named attributes.
 */
public final class IndexProjection {

	private static final IndexProjection ALL = new IndexProjection(ProjectionType.ALL, List.of());

	private static final IndexProjection KEYS_ONLY = new IndexProjection(ProjectionType.KEYS_ONLY, List.of());

	private final ProjectionType type;

	private final List<String> nonKeyAttributes;

	private IndexProjection(ProjectionType type, List<String> nonKeyAttributes) {
		this.type = type;
		this.nonKeyAttributes = nonKeyAttributes;
	}

	/** Every attribute. */
	public static IndexProjection all() {
		return ALL;
	}

	/** Only the table and index keys. */
	public static IndexProjection keysOnly() {
		return KEYS_ONLY;
	}

	/** The keys plus the named attributes. */
	public static IndexProjection include(String... nonKeyAttributes) {
		return new IndexProjection(ProjectionType.INCLUDE, List.of(nonKeyAttributes));
	}

	/** The SDK model projection. */
	public Projection toSdk() {
		Projection.Builder projection = Projection.builder().projectionType(type);
		if (type == ProjectionType.INCLUDE) {
			projection.nonKeyAttributes(nonKeyAttributes);
		}
		return projection.build();
	}

}
