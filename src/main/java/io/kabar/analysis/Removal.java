package io.kabar.analysis;

/**
 * One piece of text the cleaner dropped from the article.
 *
 * @param text   the dropped text (shortened to at most 200 characters)
 * @param reason a reason code in upper snake case: PAGINATION, PHOTO_CAPTION, READ_ALSO,
 *               ADVERTISEMENT, SECTION_LABEL, EDITOR_INITIALS, BYLINE, SHARE_PROMPT,
 *               SUBSCRIBE_PROMPT, COPYRIGHT, COMMENT_PROMPT, NAVIGATION, READING_TIME, AUTHOR_BIO,
 *               DUPLICATE_PARAGRAPH or NEAR_DUPLICATE_PARAGRAPH (see {@code io.kabar.parse.Cleaner})
 */
public record Removal(String text, String reason) {}
