package io.github.dynamoconnection.sample.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's README.md, read from the repository root, with access to its marked code blocks
 * ({@code <!-- ci:NAME -->} followed by a fenced block) and its tables, so tests can hold README
 * to what the code really does.
 */
public final class Readme {

	private final List<String> lines;

	private Readme(List<String> lines) {
		this.lines = lines;
	}

	/** README.md of the repository this module sits in. */
	public static Readme load() {
		Path directory = Path.of("").toAbsolutePath();
		while (directory != null && !Files.isRegularFile(directory.resolve("README.md"))) {
			directory = directory.getParent();
		}
		if (directory == null) {
			throw new IllegalStateException("README.md not found above " + Path.of("").toAbsolutePath());
		}
		try {
			return new Readme(Files.readAllLines(directory.resolve("README.md")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The whole text. */
	public String text() {
		return String.join("\n", this.lines) + "\n";
	}

	/** The content of the fenced code block right after the {@code <!-- ci:NAME -->} marker. */
	public String codeBlock(String name) {
		int marker = this.lines.indexOf("<!-- ci:" + name + " -->");
		if (marker < 0 || marker + 1 >= this.lines.size() || !this.lines.get(marker + 1).startsWith("```")) {
			throw new IllegalStateException("README has no code block marked ci:" + name);
		}
		StringBuilder block = new StringBuilder();
		for (int i = marker + 2; i < this.lines.size() && !this.lines.get(i).startsWith("```"); i++) {
			block.append(this.lines.get(i)).append('\n');
		}
		return block.toString();
	}

	/** The rows (cells trimmed, header and separator left out) of the table right after the {@code <!-- ci:NAME -->} marker. */
	public List<List<String>> table(String name) {
		int marker = this.lines.indexOf("<!-- ci:" + name + " -->");
		if (marker < 0) {
			throw new IllegalStateException("README has no table marked ci:" + name);
		}
		List<List<String>> rows = new ArrayList<>();
		for (int i = marker + 3; i < this.lines.size() && this.lines.get(i).startsWith("|"); i++) {
			rows.add(cells(this.lines.get(i)));
		}
		return rows;
	}

	private static List<String> cells(String row) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean inCode = false;
		for (int i = 1; i < row.length(); i++) {
			char c = row.charAt(i);
			if (c == '`') {
				inCode = !inCode;
			}
			if (c == '|' && !inCode) {
				cells.add(cell.toString().trim());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		return cells;
	}

}
