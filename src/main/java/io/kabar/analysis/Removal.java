package io.kabar.analysis;

/**
 * One piece of text the cleaner dropped from the article.
 *
 * @param text   the dropped text (shortened to at most 200 characters)
 * @param reason a reason code in upper snake case, e.g. {@code PAGINATION}, {@code PHOTO_CAPTION},
 *               {@code DUPLICATE_PARAGRAPH}
 */
public record Removal(String text, String reason) {}
