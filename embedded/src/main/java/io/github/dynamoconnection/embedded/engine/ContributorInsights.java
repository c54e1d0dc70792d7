package io.github.dynamoconnection.embedded.engine;

import java.time.Instant;

/**
 * Contributor Insights setting of a table or an index.
 * @param enabled whether Contributor Insights is on
 * @param mode {@code ACCESSED_AND_THROTTLED_KEYS} or {@code THROTTLED_KEYS}
 * @param lastUpdate when it was last changed
 */
record ContributorInsights(boolean enabled, String mode, Instant lastUpdate) {
}
