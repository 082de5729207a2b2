package io.kabar.ner;

import io.kabar.analysis.EntityType;
import java.util.List;

/**
 * One sentence of a CoNLL-style file: its tokens and its gold names as token spans, already mapped
 * onto our types.
 *
 * @param tokens the tokens
 * @param names  the names, token offsets, in order, not overlapping
 */
public record LabelledSentence(List<String> tokens, List<Name> names) {
  public LabelledSentence {
    tokens = List.copyOf(tokens);
    names = List.copyOf(names);
  }

  /** A name over tokens {@code [start,end)}. */
  public record Name(int start, int end, EntityType type) {}
}
