package io.kabar.analysis;

/**
 * A news dateline such as {@code Moskow, VIVA –}, {@code WASHINGTON (Reuters) -}, {@code LONDON —}
 * or {@code Merdeka.com -}. At least one of the two is non-null.
 *
 * @param location the place, as written ({@code Moskow}), or null when the dateline names only an
 *                 outlet ({@code Merdeka.com -}, {@code (Reuters) -})
 * @param source   the agency or outlet, or null when the dateline names only a place
 */
public record Dateline(String location, String source) {}
