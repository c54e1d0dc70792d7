package io.github.dynamoconnection.sample.web;

import java.util.List;

/**
 * One page of a listing and the opaque token of the next page ({@code null} on the last page).
 *
 * @param <T> the item type
 * @param items the items of this page
 * @param nextPageToken pass it back as {@code pageToken} to get the next page
 */
public record Page<T>(List<T> items, String nextPageToken) {

}
