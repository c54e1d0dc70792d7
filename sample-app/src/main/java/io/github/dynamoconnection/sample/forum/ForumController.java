package io.github.dynamoconnection.sample.forum;

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
 * Forums: create one (never overwriting another) and read one.
 */
@RestController
@RequestMapping("/forums")
class ForumController {

	private final ForumService forums;

	ForumController(ForumService forums) {
		this.forums = forums;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Forum create(@Valid @RequestBody CreateForumRequest request) {
		return this.forums.create(request);
	}

	@GetMapping("/{forum}")
	Forum get(@PathVariable String forum) {
		return this.forums.get(forum);
	}

}
