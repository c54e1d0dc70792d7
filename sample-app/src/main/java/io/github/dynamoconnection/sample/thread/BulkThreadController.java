package io.github.dynamoconnection.sample.thread;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A forum's threads in bulk: import many at once, export them all.
 */
@RestController
@RequestMapping("/forums/{forum}")
class BulkThreadController {

	private final ThreadImportService imports;

	private final ForumExportService exports;

	BulkThreadController(ThreadImportService imports, ForumExportService exports) {
		this.imports = imports;
		this.exports = exports;
	}

	@PostMapping("/threads/import")
	ImportResult importThreads(@PathVariable String forum, @Valid @RequestBody ImportThreadsRequest request) {
		return this.imports.importThreads(forum, request);
	}

	@GetMapping("/export")
	ForumExport export(@PathVariable String forum, @RequestParam(defaultValue = "4") @Min(1) @Max(16) int segments) {
		return this.exports.export(forum, segments);
	}

}
