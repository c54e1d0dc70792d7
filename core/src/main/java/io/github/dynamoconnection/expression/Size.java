package io.github.dynamoconnection.expression;

/** {@code size(path)}: the length of a string or binary, or the element count of a set, list or map. */
public final class Size extends Operand {

	private final Path path;

	Size(Path path) {
		this.path = path;
	}

	@Override
	public String render(Placeholders placeholders) {
		return "size(" + path.render(placeholders) + ")";
	}

	@Override
	public String toString() {
		return "size(" + path + ")";
	}

}
