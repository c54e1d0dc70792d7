package io.github.dynamoconnection.embedded.value;

/** DynamoDB's attribute type descriptors, as they appear on the wire and in {@code attribute_type}. */
public enum ValueType {

	S, N, B, SS, NS, BS, M, L, BOOL, NULL;

	/** Whether this type may be a table or index key attribute type (S, N or B). */
	public boolean isScalarKeyType() {
		return this == S || this == N || this == B;
	}

	/** Whether this is one of the set types. */
	public boolean isSet() {
		return this == SS || this == NS || this == BS;
	}

	/** The type for a wire descriptor such as {@code "SS"}, or {@code null} when unknown. */
	public static ValueType fromDescriptor(String descriptor) {
		for (ValueType type : values()) {
			if (type.name().equals(descriptor)) {
				return type;
			}
		}
		return null;
	}

}
