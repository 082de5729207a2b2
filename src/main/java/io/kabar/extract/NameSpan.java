package io.kabar.extract;

import io.kabar.analysis.EntityType;

/**
 * A name found in a text by a {@link NameFinder}: {@code text.substring(start, end)} is the name.
 *
 * @param start character offset into the text, inclusive
 * @param end   character offset into the text, exclusive
 * @param type  PERSON, ORGANIZATION, LOCATION or EVENT
 * @param score the finder's confidence in [0,1] (1 when it has none)
 */
public record NameSpan(int start, int end, EntityType type, double score) {
  public NameSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
