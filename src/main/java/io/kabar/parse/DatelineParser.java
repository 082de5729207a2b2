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
 * {@code ATLANTA -- }, and the outlet alone: {@code Merdeka.com - }, {@code KOMPAS.com - },
 * {@code (Reuters) - } (a {@link Dateline} with a null location). Patterns live in
 * {@code io/kabar/parse/datelines.txt}, one regex a line with named groups {@code location} and/or
 * {@code source}; the first that matches at the start wins. A mixed-case place before a comma needs
 * an outlet shaped like one (capitals or a web name), so "Kemarin, Presiden Jokowi – …" is no
 * dateline; words that open ordinary sentences ({@code dateline-non-places-<lang>.txt}: "Yesterday",
 * "Namun", "Update", …) are never a place nor an outlet alone, and a web name is never a place. A
 * web name alone is no dateline when its dash opens an aside that a second dash closes in the same
 * sentence ("Amazon.com - the retailer - said …"). Immutable and thread-safe.
 */
public final class DatelineParser {
  /** A place name longer than this many words is not a dateline. */
  static final int MAX_LOCATION_WORDS = 4;
  /** An outlet named alone longer than this many words is not a dateline. */
  static final int MAX_SOURCE_WORDS = 4;
  /** A web name ("Merdeka.com - …") is an outlet, never a place. */
  private static final Pattern WEB_NAME = Pattern.compile("(?i)\\.(?:com|co|id|net|org|tv|news)\\b");
  /** A spaced dash, or the end of the first sentence, whichever comes first. */
  private static final Pattern DASH_OR_SENTENCE_END = Pattern.compile(" (?:-{1,2}|[–—]{1,2}) |[.!?](?:\\s|$)");

  /** One shipped pattern and which of the two groups it names. */
  private record Shape(Pattern pattern, boolean hasLocation, boolean hasSource) {
    static Shape of(String regex) {
      boolean location = regex.contains("(?<location>");
      boolean source = regex.contains("(?<source>");
      if (!location && !source) {
        throw new IllegalStateException("dateline pattern names neither location nor source: " + regex);
      }
      return new Shape(Pattern.compile(regex), location, source);
    }
  }

  private final List<Shape> patterns;
  private final Set<String> nonPlaces;

  private DatelineParser(List<Shape> patterns, Set<String> nonPlaces) {
    this.patterns = List.copyOf(patterns);
    this.nonPlaces = Set.copyOf(nonPlaces);
  }

  /** The parser with the shipped patterns. */
  public static DatelineParser standard() {
    List<Shape> patterns = new ArrayList<>();
    for (String line : DataFiles.lines("io/kabar/parse/datelines.txt")) {
      patterns.add(Shape.of(line));
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
    for (Shape shape : patterns) {
      Matcher m = shape.pattern().matcher(paragraph);
      if (!m.lookingAt()) {
        continue;
      }
      String rest = paragraph.substring(m.end()).strip();
      String location = shape.hasLocation() ? m.group("location").strip() : null;
      String source = shape.hasSource() && m.group("source") != null ? m.group("source").strip() : null;
      if (rest.isEmpty()
          || location != null && !isPlace(location)
          || location == null && (source == null || !isOutletAlone(source, rest))) {
        continue;
      }
      return Optional.of(new Match(new Dateline(location, source), rest));
    }
    return Optional.empty();
  }

  private boolean isPlace(String location) {
    return location.split("\\s+").length <= MAX_LOCATION_WORDS
        && !nonPlaces.contains(location.toLowerCase(Locale.ROOT)) && !WEB_NAME.matcher(location).find();
  }

  /**
   * An outlet with no place: a short name, not a sentence opener, and, for a web name (which can be
   * a sentence's subject: "Amazon.com - the retailer - said …"), a dash that opens no aside closed
   * by a second dash in the same sentence.
   */
  private boolean isOutletAlone(String source, String rest) {
    if (source.split("\\s+").length > MAX_SOURCE_WORDS || nonPlaces.contains(source.toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (!WEB_NAME.matcher(source).find()) {
      return true;
    }
    Matcher next = DASH_OR_SENTENCE_END.matcher(rest);
    return !(next.find() && next.group().startsWith(" "));
  }
}
