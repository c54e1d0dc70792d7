package io.github.dynamoconnection.sample.draft;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Drafts that expire on their own (DynamoDB time to live).
 */
@RestController
@RequestMapping("/drafts")
class DraftController {

	private final DraftService drafts;

	DraftController(DraftService drafts) {
		this.drafts = drafts;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Draft save(@Valid @RequestBody SaveDraftRequest request) {
		return this.drafts.save(request);
	}

	@GetMapping("/{id}")
	Draft get(@PathVariable String id) {
		return this.drafts.get(id);
	}

}
