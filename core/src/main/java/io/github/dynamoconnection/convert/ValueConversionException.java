package io.github.dynamoconnection.convert;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A value could not be converted between plain Java and a DynamoDB {@code AttributeValue}. The
 * message names where inside the value the problem sits, e.g.
 * {@code attribute 'tags'[2]: cannot convert java.lang.Thread to a DynamoDB attribute value (supported: ...)}.
 */
public class ValueConversionException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String problem;

	/** Path segments from the outermost value inward: {@code String} map keys and {@code Integer} list indexes. */
	private final Deque<Object> segments = new ArrayDeque<>(4);

	/**
	 * Creates an exception about the value itself (no path yet).
	 * @param problem what is wrong, e.g. {@code cannot convert java.lang.Thread ...}
	 */
	public ValueConversionException(String problem) {
		this(problem, null);
	}

	/**
	 * Creates an exception about the value itself (no path yet) with the exception that caused it.
	 * @param problem what is wrong
	 * @param cause underlying exception, may be {@code null}
	 */
	public ValueConversionException(String problem, Throwable cause) {
		super(problem, cause);
		this.problem = problem;
	}

	/** Called while the exception travels outward through a map: records the key it came from. */
	ValueConversionException insideKey(String key) {
		segments.addFirst(key);
		return this;
	}

	/** Called while the exception travels outward through a list or set: records the index it came from. */
	ValueConversionException insideIndex(int index) {
		segments.addFirst(index);
		return this;
	}

	/**
	 * Where the problem sits inside the converted value, as a document path such as
	 * {@code tags[2]} or {@code address.lines[0]}; empty when the value itself is the problem.
	 */
	public String path() {
		StringBuilder path = new StringBuilder();
		for (Object segment : segments) {
			if (segment instanceof Integer index) {
				path.append('[').append(index).append(']');
			}
			else {
				if (path.length() > 0) {
					path.append('.');
				}
				path.append(segment);
			}
		}
		return path.toString();
	}

	/** What is wrong, without the path. */
	public String problem() {
		return problem;
	}

	@Override
	public String getMessage() {
		if (segments.isEmpty()) {
			return problem;
		}
		StringBuilder message = new StringBuilder();
		boolean first = true;
		for (Object segment : segments) {
			if (first) {
				message.append((segment instanceof Integer) ? "value " : "attribute ");
			}
			if (segment instanceof Integer index) {
				message.append('[').append(index).append(']');
			}
			else if (first) {
				message.append('\'').append(segment).append('\'');
			}
			else {
				message.append('.').append(segment);
			}
			first = false;
		}
		return message.append(": ").append(problem).toString();
	}

}
