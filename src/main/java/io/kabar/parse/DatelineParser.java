package io.kabar.parse;

import io.kabar.analysis.Dateline;
import io.kabar.nlp.DataFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a news dateline at the start of the first paragraph: {@code Moskow, VIVA – },
 * {@code JAKARTA, KOMPAS.com - }, {@code WASHINGTON (Reuters) - }, {@code LONDON — }. Patterns live
 * in {@code io/kabar/parse/datelines.txt}, one regex a line with named groups {@code location} and
 * optionally {@code source}; the first that matches at the start wins. Immutable and thread-safe.
 */
public final class DatelineParser {
  /** A place name longer than this many words is not a dateline. */
  static final int MAX_LOCATION_WORDS = 4;

  private final List<Pattern> patterns;

  private DatelineParser(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  /** The parser with the shipped patterns. */
  public static DatelineParser standard() {
    List<Pattern> patterns = new ArrayList<>();
    for (String line : DataFiles.lines("io/kabar/parse/datelines.txt")) {
      patterns.add(Pattern.compile(line));
    }
    return new DatelineParser(patterns);
  }

  /**
   * A dateline and the paragraph without it.
   *
   * @param dateline the dateline found
   * @param rest     the paragraph after the dateline, never blank
   */
  public record Match(Dateline dateline, String rest) {}

  /** The dateline at the start of {@code paragraph}, or empty when there is none (or nothing follows it). */
  public Optional<Match> parse(String paragraph) {
    for (Pattern pattern : patterns) {
      Matcher m = pattern.matcher(paragraph);
      if (!m.lookingAt()) {
        continue;
      }
      String location = m.group("location").strip();
      String rest = paragraph.substring(m.end()).strip();
      if (rest.isEmpty() || location.split("\\s+").length > MAX_LOCATION_WORDS) {
        continue;
      }
      String source = pattern.pattern().contains("(?<source>") ? m.group("source") : null;
      return Optional.of(new Match(new Dateline(location, source == null ? null : source.strip()), rest));
    }
    return Optional.empty();
  }
}
