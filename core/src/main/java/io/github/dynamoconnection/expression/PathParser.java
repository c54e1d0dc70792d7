package io.github.dynamoconnection.expression;

import java.util.ArrayList;
import java.util.List;

/** Parses document-path text such as {@code a.b[1].c} into name and index segments. */
// Hand-written: the SDK has no public document-path parser.
final class PathParser {

	private PathParser() {
	}

	static Object[] parse(String path) {
		if (path == null || path.isEmpty()) {
			throw new IllegalArgumentException("path must not be null or empty");
		}
		List<Object> segments = new ArrayList<>(4);
		int position = 0;
		int length = path.length();
		while (true) {
			int end = position;
			while (end < length && ".[]".indexOf(path.charAt(end)) < 0) {
				end++;
			}
			if (end == position) {
				throw invalid(path, position, "expected an attribute name");
			}
			segments.add(path.substring(position, end));
			position = end;
			while (position < length && path.charAt(position) == '[') {
				int close = path.indexOf(']', position);
				if (close < 0) {
					throw invalid(path, position, "'[' is never closed");
				}
				segments.add(index(path, position + 1, close));
				position = close + 1;
			}
			if (position == length) {
				return segments.toArray();
			}
			if (path.charAt(position) != '.') {
				throw invalid(path, position, "expected '.' or '['");
			}
			position++;
		}
	}

	private static Integer index(String path, int start, int end) {
		if (start == end) {
			throw invalid(path, start, "empty list index");
		}
		for (int i = start; i < end; i++) {
			if (path.charAt(i) < '0' || path.charAt(i) > '9') {
				throw invalid(path, i, "a list index must be a non-negative whole number");
			}
		}
		try {
			return Integer.valueOf(path.substring(start, end));
		}
		catch (NumberFormatException ex) {
			throw invalid(path, start, "list index too large");
		}
	}

	private static IllegalArgumentException invalid(String path, int position, String problem) {
		return new IllegalArgumentException("invalid document path '" + path + "' at position " + position + ": " + problem
				+ " (use Path.attribute(name) for a name containing '.', '[' or ']')");
	}

}
