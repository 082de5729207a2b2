package io.kabar.testing;

import java.util.Random;

/** Random texts glued from pieces, with a random region of each: for scanner-against-pattern tests. */
public record RandomText(String text, int start, int end) {
  /** Up to 13 pieces drawn from {@code pieces}, and a region {@code [start, end)} inside the text. */
  public static RandomText next(Random random, String[] pieces) {
    StringBuilder b = new StringBuilder();
    int count = random.nextInt(14);
    for (int i = 0; i < count; i++) {
      b.append(pieces[random.nextInt(pieces.length)]);
    }
    String text = b.toString();
    int start = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
    int end = start + (text.length() == start ? 0 : random.nextInt(text.length() - start + 1));
    return new RandomText(text, start, end);
  }

  @Override
  public String toString() {
    return "[" + text + "] " + start + "-" + end;
  }
}
