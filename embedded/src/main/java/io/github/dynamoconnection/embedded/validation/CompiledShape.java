package io.github.dynamoconnection.embedded.validation;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A {@link Shape} linked to the shapes it refers to, for {@link QuickCheck}: its type as a
 * {@link Kind}, members by name, the element, key (already its name shape) and name shape as
 * objects, and its constraints, so that checking a request needs no look-up by shape name.
 */
final class CompiledShape {

	/** A shape's type. */
	enum Kind {

		STRUCTURE, LIST, MAP, STRING, INTEGER, LONG, DOUBLE, BOOLEAN, BLOB, TIMESTAMP, OTHER;

		static Kind of(String type) {
			return switch (type) {
				case "structure" -> STRUCTURE;
				case "list" -> LIST;
				case "map" -> MAP;
				case "string" -> STRING;
				case "integer" -> INTEGER;
				case "long" -> LONG;
				case "double" -> DOUBLE;
				case "boolean" -> BOOLEAN;
				case "blob" -> BLOB;
				case "timestamp" -> TIMESTAMP;
				default -> OTHER;
			};
		}

	}

	final Kind kind;

	/** Whether the shape has any constraint of its own (length, range, pattern or enum). */
	final boolean constrained;

	final Long min;

	final Long max;

	final Pattern pattern;

	final Set<String> enumValues;

	/** A structure's members by name (empty otherwise). */
	final Map<String, CompiledShape> members = new HashMap<>();

	/** A structure's required member names that are members. */
	String[] required = new String[0];

	/** A list's element or a map's value shape. */
	CompiledShape element;

	/** A map's key shape, its name shape when it has one (as DynamoDB checks keys). */
	CompiledShape key;

	/** For a table name or ARN: the shape a value that is not an ARN must satisfy. */
	CompiledShape nameShape;

	/** The last string found to match {@link #pattern}: table names repeat, regular expressions cost. */
	private volatile String lastMatched;

	private CompiledShape(Shape shape) {
		this.kind = Kind.of(shape.type());
		this.min = shape.min();
		this.max = shape.max();
		this.pattern = shape.pattern();
		this.enumValues = Set.copyOf(shape.enumValues());
		this.constrained = min != null || max != null || pattern != null || !enumValues.isEmpty();
	}

	boolean isNumber() {
		return kind == Kind.INTEGER || kind == Kind.LONG || kind == Kind.DOUBLE;
	}

	/** Whether {@code text} matches the pattern (there must be one). */
	boolean matches(String text) {
		if (text.equals(lastMatched)) {
			return true;
		}
		if (pattern.matcher(text).matches()) {
			lastMatched = text;
			return true;
		}
		return false;
	}

	/** Every shape of {@code shapes}, compiled and linked, by name. */
	static Map<String, CompiledShape> compile(Map<String, Shape> shapes) {
		Map<String, CompiledShape> compiled = new HashMap<>();
		shapes.forEach((name, shape) -> compiled.put(name, new CompiledShape(shape)));
		shapes.forEach((name, shape) -> compiled.get(name).link(shape, compiled, shapes));
		return Map.copyOf(compiled);
	}

	private void link(Shape shape, Map<String, CompiledShape> compiled, Map<String, Shape> shapes) {
		for (Shape.Member member : shape.members()) {
			members.put(member.name(), compiled.get(member.shape()));
		}
		required = shape.required().stream().filter(members::containsKey).toArray(String[]::new);
		element = (shape.element() != null) ? compiled.get(shape.element()) : null;
		nameShape = (shape.nameShape() != null) ? compiled.get(shape.nameShape()) : null;
		if (shape.key() != null) {
			String keyName = shapes.get(shape.key()).nameShape();
			key = compiled.get((keyName != null) ? keyName : shape.key());
		}
	}

}
