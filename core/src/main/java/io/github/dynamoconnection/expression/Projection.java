package io.github.dynamoconnection.expression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** A ProjectionExpression: the attributes (or document paths) to return, e.g. {@code #n0, #n1.#n2[0]}. */
public final class Projection implements Expression {

	private final List<Path> paths;

	private Projection(List<Path> paths) {
		this.paths = paths;
	}

	/** Projects the given document paths, each parsed with {@link Path#of}. */
	public static Projection of(String... paths) {
		return ofText((paths != null) ? Arrays.asList(paths) : null);
	}

	/** Projects the given document paths, each parsed with {@link Path#of}. */
	public static Projection of(Collection<String> paths) {
		return ofText(paths);
	}

	/** Projects the given paths. */
	public static Projection of(Path... paths) {
		if (paths == null || paths.length == 0) {
			throw new IllegalArgumentException("projection needs at least one path");
		}
		List<Path> checked = new ArrayList<>(paths.length);
		for (Path path : paths) {
			if (path == null) {
				throw new IllegalArgumentException("projection got a null path at position " + checked.size());
			}
			for (Path earlier : checked) {
				if (earlier.overlaps(path)) {
					throw new IllegalArgumentException("projection paths '" + earlier + "' and '" + path
							+ "' overlap; DynamoDB refuses overlapping projection paths");
				}
			}
			checked.add(path);
		}
		return new Projection(List.copyOf(checked));
	}

	private static Projection ofText(Collection<String> paths) {
		if (paths == null || paths.isEmpty()) {
			throw new IllegalArgumentException("projection needs at least one path");
		}
		return of(paths.stream().map(Path::of).toArray(Path[]::new));
	}

	@Override
	public String render(Placeholders placeholders) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < paths.size(); i++) {
			text.append((i > 0) ? ", " : "").append(paths.get(i).render(placeholders));
		}
		return text.toString();
	}

	@Override
	public String toString() {
		return Placeholders.display(this);
	}

}
