package io.kabar.analysis;

/**
 * One occurrence of an entity: {@code text.equals(analysis.text().substring(start, end))}.
 *
 * @param text  the surface form
 * @param start character offset into {@link Analysis#text()}, inclusive
 * @param end   character offset into {@link Analysis#text()}, exclusive
 */
public record Mention(String text, int start, int end) {}
