package io.kabar.parse;

import io.kabar.analysis.Dateline;
import io.kabar.nlp.DataFiles;
import io.kabar.nlp.Languages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a news dateline at the start of the first paragraph: {@code Moskow, VIVA – },
 * {@code JAKARTA, KOMPAS.com - }, {@code SURABAYA, Jawapos.com–}, {@code WASHINGTON (Reuters) - },
 * {@code Jakarta (ANTARA) - }, {@code NEW YORK, March 3 (Reuters) - }, {@code LONDON — },
 * {@code ATLANTA -- }. Patterns live in {@code io/kabar/parse/datelines.txt}, one regex a line with
 * named groups {@code location} and optionally {@code source}; the first that matches at the start
 * wins. A mixed-case place before a comma needs an outlet shaped like one (capitals or a web name),
 * so "Kemarin, Presiden Jokowi – …" is no dateline; words that open ordinary sentences
 * ({@code dateline-non-places-<lang>.txt}: "Yesterday", "Namun", …) and web names ("Merdeka.com - …",
 * an outlet alone, which a {@link Dateline} cannot carry without a place) are never a place.
 * Immutable and thread-safe.
 */
public final class DatelineParser {
  /** A place name longer than this many words is not a dateline. */
  static final int MAX_LOCATION_WORDS = 4;
  /** A web name ("Merdeka.com - …") is an outlet, never a place. */
  private static final Pattern WEB_NAME = Pattern.compile("(?i)\\.(?:com|co|id|net|org|tv|news)\\b");

  private final List<Pattern> patterns;
  private final Set<String> nonPlaces;

  private DatelineParser(List<Pattern> patterns, Set<String> nonPlaces) {
    this.patterns = List.copyOf(patterns);
    this.nonPlaces = Set.copyOf(nonPlaces);
  }

  /** The parser with the shipped patterns. */
  public static DatelineParser standard() {
    List<Pattern> patterns = new ArrayList<>();
    for (String line : DataFiles.lines("io/kabar/parse/datelines.txt")) {
      patterns.add(Pattern.compile(line));
    }
    Set<String> nonPlaces = new HashSet<>();
    for (String lang : Languages.supported()) {
      nonPlaces.addAll(DataFiles.lowerCaseSet(DataFiles.perLanguage("io/kabar/parse", "dateline-non-places", lang)));
    }
    return new DatelineParser(patterns, nonPlaces);
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
      if (rest.isEmpty() || location.split("\\s+").length > MAX_LOCATION_WORDS
          || nonPlaces.contains(location.toLowerCase(Locale.ROOT)) || WEB_NAME.matcher(location).find()) {
        continue;
      }
      String source = pattern.pattern().contains("(?<source>") ? m.group("source") : null;
      return Optional.of(new Match(new Dateline(location, source == null ? null : source.strip()), rest));
    }
    return Optional.empty();
  }
}
