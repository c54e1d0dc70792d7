package io.github.dynamoconnection.expression;

import java.util.Arrays;

import io.github.dynamoconnection.convert.AttributeValues;

/**
 * A document path such as {@code a.b[1].c}: attribute names and list indexes. Every name renders
 * through a placeholder, so reserved words and odd characters never matter. Immutable.
 */
public final class Path extends Operand {

	/** Segments from the top-level attribute inward: {@code String} names and {@code Integer} indexes. */
	private final Object[] segments;

	private Path(Object[] segments) {
		this.segments = segments;
	}

	/**
	 * Parses a document path: names separated by dots, list indexes in brackets, e.g.
	 * {@code a.b[1].c}. Use {@link #attribute(String)} for a name that itself contains dots.
	 * @param path the path text
	 * @return the path
	 * @throws IllegalArgumentException when the text is not a valid path
	 */
	public static Path of(String path) {
		return new Path(PathParser.parse(path));
	}

	/**
	 * A top-level attribute, its name taken literally (dots and brackets included).
	 * @param name the attribute name
	 * @return the path
	 */
	public static Path attribute(String name) {
		return new Path(new Object[] { checkName(name) });
	}

	/** This path followed by a map key, taken literally. */
	public Path field(String name) {
		return append(checkName(name));
	}

	/** This path followed by a list index (zero-based). */
	public Path index(int index) {
		if (index < 0) {
			throw new IllegalArgumentException("list index in path " + this + " must not be negative, got " + index);
		}
		return append(index);
	}

	/** {@code attribute_exists(path)}. */
	public Condition exists() {
		return new FunctionCondition("attribute_exists", this, null);
	}

	/** {@code attribute_not_exists(path)}. */
	public Condition notExists() {
		return new FunctionCondition("attribute_not_exists", this, null);
	}

	/** {@code attribute_type(path, type)}. */
	public Condition hasType(AttributeType type) {
		if (type == null) {
			throw new IllegalArgumentException("attribute_type on " + this + " needs a type, got null");
		}
		return new FunctionCondition("attribute_type", this, AttributeValues.toAttributeValue(type.name()));
	}

	/** {@code begins_with(path, prefix)}. */
	public Condition beginsWith(String prefix) {
		if (prefix == null) {
			throw new IllegalArgumentException("begins_with on " + this + " needs a prefix, got null");
		}
		return new FunctionCondition("begins_with", this, AttributeValues.toAttributeValue(prefix));
	}

	/**
	 * {@code contains(path, operand)}: a substring of a string, or an element of a set or list;
	 * the operand is a value or another path.
	 */
	public Condition contains(Object operand) {
		if (operand == null) {
			throw new IllegalArgumentException("contains on " + this + " needs an operand, got null");
		}
		return new FunctionCondition("contains", this, (operand instanceof Operand) ? operand : AttributeValues.toAttributeValue(operand));
	}

	/** {@code size(path)}, to compare with a number. */
	public Size size() {
		return new Size(this);
	}

	@Override
	public String render(Placeholders placeholders) {
		StringBuilder text = new StringBuilder(segments.length * 5);
		for (Object segment : segments) {
			if (segment instanceof Integer index) {
				text.append('[').append(index).append(']');
			}
			else {
				if (text.length() > 0) {
					text.append('.');
				}
				text.append(placeholders.name((String) segment));
			}
		}
		return text.toString();
	}

	/** Whether one of the two paths is a prefix of the other (DynamoDB refuses such pairs in one update or projection). */
	boolean overlaps(Path other) {
		int common = Math.min(segments.length, other.segments.length);
		for (int i = 0; i < common; i++) {
			if (!segments[i].equals(other.segments[i])) {
				return false;
			}
		}
		return true;
	}

	private Path append(Object segment) {
		Object[] longer = Arrays.copyOf(segments, segments.length + 1);
		longer[segments.length] = segment;
		return new Path(longer);
	}

	static String checkName(String name) {
		if (name == null || name.isEmpty()) {
			throw new IllegalArgumentException("attribute name in a path must not be null or empty");
		}
		return name;
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof Path path && Arrays.equals(segments, path.segments));
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(segments);
	}

	/** The path in document-path notation, e.g. {@code a.b[1].c}. */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder();
		for (Object segment : segments) {
			if (segment instanceof Integer index) {
				text.append('[').append(index).append(']');
			}
			else {
				text.append((text.length() > 0) ? "." : "").append(segment);
			}
		}
		return text.toString();
	}

}
