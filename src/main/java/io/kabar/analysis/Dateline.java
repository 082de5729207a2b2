package io.kabar.analysis;

/**
 * A news dateline such as {@code Moskow, VIVA –} or {@code WASHINGTON (Reuters) -}.
 *
 * @param location the place, as written ({@code Moskow})
 * @param source   the agency or outlet, or null when the dateline names only a place
 */
public record Dateline(String location, String source) {}
