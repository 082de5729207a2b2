package io.kabar.summarize;

import io.kabar.analysis.Claim;
import io.kabar.analysis.ClaimKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The headline and key points of {@link RankedSummarizer}'s summary.
 *
 * <ul>
 *   <li><b>Headline</b> (at most {@value #HEADLINE_WORDS} words): the title when it is usable (not
 *       empty, at most that many words, not all capitals, not just one word), else the first summary
 *       sentence compressed: a parenthesis dropped (a space left where words would otherwise run together),
 *       then cut at the last clause boundary (a comma,
 *       semicolon, colon or dash) within the limit when there is one after at least six words,
 *       else at the limit, with an ellipsis when words were dropped.</li>
 *   <li><b>Key points</b>: {@value #MIN_POINTS} to {@value #MAX_POINTS} claims with the highest
 *       check-worthiness (ties in text order): the first {@value #MIN_POINTS} whatever their score, up
 *       to {@value #MAX_POINTS} while the score is at least {@value #MORE_POINTS_SCORE}; a claim whose
 *       text repeats one already taken (one contains the other) is skipped; written
 *       {@code Speaker: text} (or just the text when it has no speaker), at most
 *       {@value #MAX_POINT_CHARS} characters, cut at a word with an ellipsis.</li>
 * </ul>
 * Immutable and thread-safe (static methods).
 */
final class SummaryParts {
  static final int HEADLINE_WORDS = 15;
  static final int MIN_CLAUSE_WORDS = 6;
  static final int MIN_POINTS = 3;
  static final int MAX_POINTS = 5;
  static final double MORE_POINTS_SCORE = 0.6;
  static final int MAX_POINT_CHARS = 200;

  private SummaryParts() {}

  /** The headline from the title, or from the first sentence of the summary when the title is not usable. */
  static String headline(String title, List<String> sentences) {
    if (usableTitle(title)) {
      return title.strip().replaceAll("\\s+", " ");
    }
    String first = !sentences.isEmpty() ? sentences.get(0) : title == null ? "" : title;
    return compress(first);
  }

  static boolean usableTitle(String title) {
    if (title == null || title.isBlank()) {
      return false;
    }
    String[] words = title.strip().split("\\s+");
    boolean letters = title.chars().anyMatch(Character::isLetter);
    boolean shouting = letters && title.equals(title.toUpperCase(Locale.ROOT)) && words.length > 2;
    return words.length >= 2 && words.length <= HEADLINE_WORDS && letters && !shouting;
  }

  /** A parenthesis of at most 80 characters with no parenthesis inside, and the space before it. */
  private static final java.util.regex.Pattern PARENTHESIS = java.util.regex.Pattern.compile("\\s*\\([^()]{0,80}\\)");

  /** A sentence made a headline of at most {@value #HEADLINE_WORDS} words. */
  static String compress(String sentence) {
    // one pass; a parenthesis leaves a space unless a space or a closing mark follows, so that nothing runs
    // together: "{<(…)div" or "{<(…)/div" would read as markup
    String s = PARENTHESIS.matcher(sentence).replaceAll(m -> m.end() == sentence.length()
        || Character.isWhitespace(sentence.charAt(m.end())) || ".,;:!?\"'”’»".indexOf(sentence.charAt(m.end())) >= 0
        ? "" : " ").strip().replaceAll("\\s+", " ");
    s = s.replaceAll("[.!?]+[\"'”’»]*$", "");
    String[] words = s.isEmpty() ? new String[0] : s.split(" ");
    if (words.length <= HEADLINE_WORDS) {
      return s;
    }
    int cut = -1;
    for (int i = MIN_CLAUSE_WORDS - 1; i < HEADLINE_WORDS; i++) {
      String w = words[i];
      if (w.endsWith(",") || w.endsWith(";") || w.endsWith(":") || i + 1 < words.length
          && (words[i + 1].equals("-") || words[i + 1].equals("–") || words[i + 1].equals("—"))) {
        cut = i + 1;
      }
    }
    int n = cut > 0 ? cut : HEADLINE_WORDS;
    String head = String.join(" ", java.util.Arrays.asList(words).subList(0, n)).replaceAll("[,;:]$", "");
    return head + "…";
  }

  /** The key points: the most check-worthy claims, written with their speakers. */
  static List<String> keyPoints(List<Claim> claims) {
    List<Claim> sorted = new ArrayList<>(claims);
    sorted.sort(Comparator.comparingDouble(Claim::checkworthiness).reversed()); // stable: ties in text order
    List<String> points = new ArrayList<>();
    List<String> taken = new ArrayList<>();
    for (Claim c : sorted) {
      if (points.size() >= MAX_POINTS || points.size() >= MIN_POINTS && c.checkworthiness() < MORE_POINTS_SCORE) {
        break;
      }
      String key = c.text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
      if (key.isEmpty() || taken.stream().anyMatch(t -> t.contains(key) || key.contains(t))) {
        continue;
      }
      taken.add(key);
      boolean speaker = c.speaker() != null && !c.speaker().isBlank() && c.kind() != ClaimKind.STATISTIC;
      points.add(shorten(speaker ? c.speaker() + ": " + c.text() : c.text()));
    }
    return points;
  }

  private static String shorten(String s) {
    if (s.length() <= MAX_POINT_CHARS) {
      return s;
    }
    int space = s.lastIndexOf(' ', MAX_POINT_CHARS - 1);
    return s.substring(0, space > MAX_POINT_CHARS / 2 ? space : MAX_POINT_CHARS - 1).stripTrailing() + "…";
  }
}
