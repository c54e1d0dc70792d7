package io.github.dynamoconnection.sample.activity;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The activity feed: the latest changes to threads, newest first, read from the Thread table's
 * stream.
 */
@RestController
class ActivityController {

	private final ActivityFeed feed;

	ActivityController(ActivityFeed feed) {
		this.feed = feed;
	}

	@GetMapping("/activity")
	List<Activity> activity() {
		return this.feed.latest();
	}

}
