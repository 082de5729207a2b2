package io.kabar.extract;

import io.kabar.analysis.Entity;
import io.kabar.analysis.EntityType;
import io.kabar.analysis.Mention;
import io.kabar.nlp.Languages;
import io.kabar.nlp.Sentence;
import io.kabar.nlp.Token;
import io.kabar.nlp.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named entities (PERSON, ORGANIZATION, LOCATION, EVENT) of an article from the spans of any
 * {@link NameFinder}: detection is the finder's job, everything after it is done here, the same way
 * for every finder.
 *
 * <ol>
 *   <li><b>Clean-up</b>: overlapping spans keep the longer; spans inside a photo or media credit ({@link CreditContext}) are dropped, and so
 *       are phrases that name nothing ({@code non-names-<lang>.txt}: Tanah Air).</li>
 *   <li><b>Keying and typing</b>: a span that is a known name ({@link Gazetteer}) takes its key and,
 *       when the gazetteer is sure, its type ({@code Korea Utara} → {@code LOCATION#kp} whatever the
 *       finder said); known names joined by a hyphen ({@code Rusia-Ukraina}) are one mention each. Known
 *       names the finder missed are added from the gazetteer (capitalised, outside
 *       every span). Other spans are keyed {@code TYPE#slug(name)}.</li>
 *   <li><b>Short forms</b>: a one-word span that is the first or last word of exactly one PERSON of
 *       the article (multi-word, or one word above {@link #MIN_SCORE}) takes that person's key ({@code Putin} → {@code PERSON#vladimir-putin},
 *       {@code Kim} → {@code PERSON#kim-jong-un}); an unresolved one-word span below
 *       {@link #MIN_SCORE} (of any type) is dropped.</li>
 *   <li><b>One sense per article</b>: spans of one name (one slug) typed differently in the article all
 *       take the type of the strongest evidence (a gazetteer entry, else the highest total score), so
 *       {@code PORT ELLERY} and {@code Port Ellery} are one entity.</li>
 *   <li><b>Merging</b>: mentions with one key become one entity. Canonical name: not in all capitals, then
 *       most words, then most frequent, then first seen; forms seen only through the alias table lose to the alias table's
 *       canonical name. Salience = 0.5·(mentions / most mentions in the article) +
 *       0.3·(1 − first offset / text length) + 0.2·(named in the title), rounded to 3 decimals.</li>
 * </ol>
 * Keys are stable across articles and languages where the thing is known: countries by ISO code,
 * curated places and bodies by their slug, people by the slug of the fullest name in the article.
 * Immutable and thread-safe when the finder is.
 */
public final class EntityExtractor {
  /** Below this finder score a one-word span must name a person found in full to be kept. */
  public static final double MIN_SCORE = 0.5;
  /** Name parts are separated by runs of whitespace and hyphens: the specification of {@link #nameParts}. */
  static final Pattern NAME_PARTS = Pattern.compile("[\\s-]+");

  /**
   * {@code NAME_PARTS.split(text)} without the regex (which was 4 % of the entity step): the same parts, a
   * leading empty part when the text starts with a separator, no trailing empty parts ({@code EntityExtractorTest}
   * compares the two on random texts).
   */
  static String[] nameParts(String text) {
    int n = text.length();
    List<String> parts = null;
    int start = 0;
    for (int i = 0; i < n; ) {
      if (isNameSeparator(text.charAt(i))) {
        int j = i + 1;
        while (j < n && isNameSeparator(text.charAt(j))) {
          j++;
        }
        if (parts == null) {
          parts = new ArrayList<>(4);
        }
        parts.add(text.substring(start, i));
        start = j;
        i = j;
      } else {
        i++;
      }
    }
    if (parts == null) {
      return new String[] {text};
    }
    parts.add(text.substring(start));
    int size = parts.size();
    while (size > 0 && parts.get(size - 1).isEmpty()) {
      size--;
    }
    String[] out = new String[size]; // not subList().toArray(T[]): a reflective array copy C1 does not inline
    for (int k = 0; k < size; k++) {
      out[k] = parts.get(k);
    }
    return out;
  }

  /** {@code \\s} (ASCII whitespace, as java.util.regex reads it without UNICODE_CHARACTER_CLASS) or a hyphen. */
  private static boolean isNameSeparator(char c) {
    return c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private final NameFinder finder;
  private final Gazetteer gazetteer;
  private final NameLexicon lexicon;
  private final CreditContext credits;
  private final Map<String, ClaimCues> cues = ClaimCues.all();

  private EntityExtractor(NameFinder finder, Gazetteer gazetteer, NameLexicon lexicon) {
    this.finder = Objects.requireNonNull(finder, "finder");
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    this.credits = new CreditContext();
  }

  /** The extractor over the BASELINE {@link CapitalizedNameFinder} and the shipped data. */
  public static EntityExtractor standard() {
    return new EntityExtractor(CapitalizedNameFinder.standard(), Gazetteer.standard(), NameLexicon.standard());
  }

  /** The extractor over {@code finder} (a trained model, say) and the shipped gazetteer and word lists. */
  public static EntityExtractor withFinder(NameFinder finder) {
    return new EntityExtractor(finder, Gazetteer.standard(), NameLexicon.standard());
  }

  /**
   * Starts loading {@code lang}'s given names and dictionary (English: 46,000 words, ~25 ms at a cold start with
   * C1 only) on a thread of its own and returns at once; an article that needs them first waits for that load.
   */
  public void preloadInBackground(String lang) {
    io.kabar.analysis.Background.start("kabar-init-names-" + lang, () -> lexicon.givenName("", lang));
  }

  /** The name finder this extractor takes its spans from. */
  public NameFinder finder() {
    return finder;
  }

  /**
   * One mention on its way to an entity.
   *
   * @param key       null for one-word spans still to be resolved
   * @param known     true when keyed and typed by the gazetteer
   * @param alias     true when matched through the alias table
   * @param canonical the alias table's canonical name, or null
   */
  private record Candidate(String key, EntityType type, String text, int start, int end, double score,
      boolean known, boolean alias, String canonical) {
    Candidate rekeyed(String newKey, EntityType newType) {
      return new Candidate(newKey, newType, text, start, end, score, known, alias, canonical);
    }
  }

  /**
   * The named entities (PERSON, ORGANIZATION, LOCATION, EVENT) of {@code text}.
   *
   * @param sentences the sentences of {@code text} (offsets into it)
   * @param lang      ISO 639-1 code or {@code und}
   * @param title     the article title (for salience), or null
   * @return entities in order of first mention; empty when none
   */
  public List<Entity> extract(String text, List<Sentence> sentences, String lang, String title) {
    return extract(text, sentences, lang, title, List.of());
  }

  /**
   * {@link #extract(String, List, String, String)} knowing the article's measures ({@link MeasureRules}): a name
   * inside a DATE mention is part of the date, not a name ({@code Jan} in {@code Jan. 24, 2024}, {@code May} in
   * {@code May 5}), and is dropped; a name that runs on into an amount (a MONEY or PERCENT mention, or a score)
   * ends before it ({@code Crystal Palace 1-2}).
   *
   * @param measures the DATE, QUANTITY, MONEY and PERCENT entities of {@code text}
   */
  public List<Entity> extract(String text, List<Sentence> sentences, String lang, String title,
      List<Entity> measures) {
    NameLexicon.Words words = lexicon.words(lang);
    List<Candidate> candidates = new ArrayList<>();
    List<List<Token>> sentenceTokens = new ArrayList<>(sentences.size());
    List<Mention> amounts = amounts(measures);
    List<Mention> days = datesOpeningWithDays(measures);
    AcronymCues acronymCues = new AcronymCues(text);
    for (Sentence s : sentences) {
      List<NameSpan> found = withNameEndings(text, endedByLegalForms(text, atBrackets(text, withPeoplesOpening(text,
          withoutLowerCaseOpenings(text, disjoint(finder.find(text, s, lang)), lang, words), lang, words))));
      List<NameSpan> spans = withClubNames(text, s, withArticledParts(text, withInitials(text, found), lang, words),
          words);
      List<NameSpan> parts = peopleJoinedByConnectors(text, parts(text, s, spans, lang, words), lang);
      if (!(finder instanceof CapitalizedNameFinder)) { // the baseline already takes every known name
        List<Token> tokens = Tokenizer.sentenceTokens(text, s.start(), s.end());
        sentenceTokens.add(tokens);
        parts = bodiesOfPlaces(text, possessiveOrganisations(text, knownNamesOverSpans(text, tokens,
            completedByKnownNames(text, tokens, parts, lang), lang), lang, words), words);
        List<NameSpan> taken = new ArrayList<>(spans);
        taken.addAll(parts); // a span refused as a credit still covers its words
        List<NameSpan> known = missedKnownNames(text, tokens, taken, lang);
        parts.addAll(parts(text, s, known, lang, words));
        taken.addAll(known);
        List<NameSpan> speakers = quotedSpeakers(text, s, tokens, taken, lang, words);
        parts.addAll(parts(text, s, speakers, lang, words));
        taken.addAll(speakers);
        List<NameSpan> places = missedPlaces(text, tokens, taken, lang, words);
        parts.addAll(places);
        taken.addAll(places);
        if (BRAND_LANGUAGES.contains(lang)) {
          List<NameSpan> brands = missedBrandNames(text, tokens, taken, lang);
          parts.addAll(brands);
          taken.addAll(brands);
        } else if ("en".equals(lang)) {
          List<NameSpan> acronyms = missedAcronyms(text, tokens, taken, acronymCues, words);
          parts.addAll(acronyms);
          taken.addAll(acronyms);
        }
        parts.addAll(namesBeforeTheirShortForm(text, tokens, taken, lang, words));
      }
      for (NameSpan part : parts) {
        NameSpan name = beforeAmount(text, beforeDay(text, part, days, words), amounts);
        Candidate c = name == null ? null : candidate(text, name, lang, words);
        if (c != null) {
          candidates.add(c);
        }
      }
    }
    candidates = peopleNotBodies(candidates);
    if (!(finder instanceof CapitalizedNameFinder)) { // the baseline proposes every capitalised word itself
      candidates = withoutCommonWordsAtStart(text, sentenceTokens, candidates);
      candidates.addAll(missedShortForms(text, sentenceTokens, candidates, words));
    }
    candidates = outsideDates(candidates, measures);
    candidates.sort(Comparator.comparingInt(Candidate::start));
    List<Candidate> resolved = resolveSingles(text, candidates, lang, words);
    if (!(finder instanceof CapitalizedNameFinder)) {
      resolved = companyShortForms(text, sentenceTokens, resolved, lang, words);
    }
    resolved = oneSensePerArticle(resolved);
    return merge(withoutQuotedTitles(text, bracketedShortForms(text, shortOrganisations(resolved, lang, words), lang),
        words),
        text, title);
  }

  /**
   * The candidates without the names that only ever fill a quotation by themselves or lie inside a quoted title
   * ({@link #fillsQuotation}) and that the gazetteer does not know: news quotes the titles of songs, films, books
   * and shows ({@code “Cowboy Carter”}, {@code "Laudato Si"}, {@code "Agak Laen"}, {@code "Game of Thrones"}) and
   * nicknames, which a trained finder reads as people or bodies. A name the article also writes outside quotes, or
   * that takes a person's key as the short form of a name written so, stays.
   */
  private static List<Candidate> withoutQuotedTitles(String text, List<Candidate> candidates,
      NameLexicon.Words words) {
    boolean[] quoted = new boolean[candidates.size()]; // each candidate checked once: the check scans the text
    boolean any = false;
    for (int k = 0; k < candidates.size(); k++) { // a loop, not a stream: most articles quote no name
      quoted[k] = fillsQuotation(text, candidates.get(k), candidates, words);
      any |= quoted[k];
    }
    if (!any) {
      return candidates;
    }
    Map<String, Boolean> onlyQuoted = new HashMap<>();
    for (int k = 0; k < candidates.size(); k++) {
      onlyQuoted.merge(candidates.get(k).key(), quoted[k], Boolean::logicalAnd);
    }
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      if (!onlyQuoted.get(c.key())) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Whether {@code c} is a name the gazetteer does not know that fills a pair of double or curly quotes alone or lies
   * inside a quoted title: such quotes around one to {@link #MAX_TITLE_WORDS} words, each capitalised (or a digit)
   * or a small function word ({@link #TITLE_FUNCTION_WORDS}), the first capitalised, at most a final {@code . , ! ?}
   * before the closing quote ({@code "Game of Thrones."}, {@code “Zettel’s Traum,”}, {@code "The Admiral: Roaring
   * Currents"}). Not a title: a quotation with a comma, semicolon, {@code !} or {@code ?} inside (a list, a
   * sentence, a chant: {@code “Jackson, Ernest, 1937,”}, {@code "Pak Edy! Pak Edy!"}), one holding a person's title
   * ({@code "Dear Mr. Widodo"}), and names alone or joined by function words alone, with a final mark or not (an
   * answer, a cry: {@code "Paolo Maldini."}, {@code "Harris and Walz"}).
   */
  private static boolean fillsQuotation(String text, Candidate c, List<Candidate> candidates,
      NameLexicon.Words words) {
    if (c.known() || c.start() == 0 || c.end() >= text.length() || c.type() == EntityType.EVENT) {
      return false;
    }
    if (quotePair(text.charAt(c.start() - 1), text.charAt(c.end()))) {
      return true; // the name fills the quotes, whatever its case ("made-in-China", ‘Starmer Will Raise Your Taxes’)
    }
    int open = c.start() - 1;
    while (open >= 0 && c.start() - open <= MAX_TITLE_CHARS && !quoteMark(text, open)) {
      open--;
    }
    int close = c.end();
    while (close < text.length() && close - c.end() <= MAX_TITLE_CHARS && !quoteMark(text, close)) {
      close++;
    }
    if (open < 0 || close >= text.length() || !quotePair(text.charAt(open), text.charAt(close))
        || open > 0 && Character.isLetterOrDigit(text.charAt(open - 1))
        || close + 1 < text.length() && Character.isLetterOrDigit(text.charAt(close + 1))) {
      return false;
    }
    int innerEnd = close;
    if (innerEnd > c.end() && ".,!?".indexOf(text.charAt(innerEnd - 1)) >= 0) {
      innerEnd--;
    }
    String inner = text.substring(open + 1, innerEnd);
    if (inner.indexOf(',') >= 0 || inner.indexOf(';') >= 0 || inner.indexOf('!') >= 0
        || inner.indexOf('?') >= 0) {
      return false;
    }
    String[] parts = inner.split(" ", -1);
    if (parts.length > MAX_TITLE_WORDS || !titleWord(parts[0], false)) {
      return false;
    }
    boolean unnamed = false; // a word that is no name's and no function word: Game of Thrones, not Harris and Walz
    int at = open + 1;
    for (String w : parts) {
      if (!titleWord(w, true) || words.isTitle(w)) {
        return false;
      }
      unnamed |= !TITLE_FUNCTION_WORDS.contains(w) && !inCandidate(candidates, at, at + w.length());
      at += w.length() + 1;
    }
    return unnamed;
  }

  /** Whether one of {@code candidates} covers {@code [start, end)}. */
  private static boolean inCandidate(List<Candidate> candidates, int start, int end) {
    for (Candidate o : candidates) {
      if (o.start() <= start && end <= o.end()) {
        return true;
      }
    }
    return false;
  }

  /** The most words a quoted title may have for its names to be read as part of it. */
  private static final int MAX_TITLE_WORDS = 8;
  /** How far from a name the quote marks of its title may be. */
  private static final int MAX_TITLE_CHARS = 60;
  /** Lower-case words a quoted title may hold ({@code Game of Thrones}, {@code Rumah di Seribu Ombak}). */
  private static final Set<String> TITLE_FUNCTION_WORDS = Set.of("a", "an", "and", "the", "of", "in", "on", "at",
      "to", "for", "with", "from", "by", "or", "dan", "di", "ke", "dari", "yang", "untuk", "dengan", "de", "la", "le",
      "del", "des", "du");

  /** A word of a quoted title: capitalised or a digit first, or (when {@code inside}) a title's function word. */
  private static boolean titleWord(String word, boolean inside) {
    if (word.isEmpty()) {
      return false;
    }
    char first = word.charAt(0);
    return Character.isUpperCase(first) || Character.isDigit(first) || inside && TITLE_FUNCTION_WORDS.contains(word);
  }

  /**
   * Whether the character at {@code i} is a double or curly quote mark; a curly apostrophe is not: between letters
   * ({@code Zettel’s}), after a plural's s ({@code the Bulls’ dynasty}) or before a digit ({@code the ‘90s}).
   */
  private static boolean quoteMark(String text, int i) {
    char ch = text.charAt(i);
    if (ch == '’' || ch == '‘') { // an apostrophe: Zettel’s, Bulls’ dynasty, the ‘90s
      boolean letterBefore = i > 0 && Character.isLetter(text.charAt(i - 1));
      boolean after = i + 1 < text.length();
      return !(letterBefore && after && Character.isLetter(text.charAt(i + 1))
          || ch == '’' && i > 0 && text.charAt(i - 1) == 's' && (!after || text.charAt(i + 1) == ' ')
          || ch == '‘' && after && Character.isDigit(text.charAt(i + 1)));
    }
    return ch == '"' || ch == '“' || ch == '”';
  }

  /** Whether {@code open} and {@code close} make a pair of quotes. */
  private static boolean quotePair(char open, char close) {
    return open == '"' && close == '"' || open == '“' && close == '”' || open == '‘' && close == '’';
  }

  /** Name connectors written capitalised inside a name ({@code Angel Di Maria}, {@code Antonio Di Natale}). */
  private static final Set<String> CAPITALISED_CONNECTORS = Set.of("Di", "De", "Da", "Del", "Della", "Van", "Von",
      "Dos", "Das", "Du", "La", "Le");

  /**
   * The spans with two PERSON spans that one name connector parts made one PERSON ({@code [Angel] Di [Maria]}, {@code
   * [Ludwig] van [Beethoven]}, {@code [Gomes] de [Oliveira]}: a trained finder reads a capitalised {@code Di} as
   * Indonesian's preposition {@code di}, or stops at a lower-case word): a connector of {@code
   * name-connectors-common.txt} as written there, or capitalised ({@link #CAPITALISED_CONNECTORS}), one space either
   * side, when the gazetteer knows neither side. Indonesian's lower-case {@code di} is no connector ({@code Jokowi di
   * Jakarta}), and a headline's {@code Jokowi Di Solo} or {@code Emmanuel Macron Le Pen} stays two names.
   */
  private List<NameSpan> peopleJoinedByConnectors(String text, List<NameSpan> spans, String lang) {
    boolean any = false;
    for (int i = 0; i + 1 < spans.size() && !any; i++) {
      any = spans.get(i + 1).start() - spans.get(i).end() <= MAX_CONNECTOR_GAP
          && spans.get(i).type() == EntityType.PERSON;
    }
    if (!any) {
      return spans;
    }
    List<NameSpan> out = new ArrayList<>(spans.size());
    for (NameSpan b : spans) {
      NameSpan a = out.isEmpty() ? null : out.get(out.size() - 1);
      if (a != null && a.type() == EntityType.PERSON && b.type() == EntityType.PERSON && connectorBetween(text, a, b)
          && gazetteer.lookup(text.substring(a.start(), a.end()), lang).isEmpty()
          && gazetteer.lookup(text.substring(b.start(), b.end()), lang).isEmpty()) {
        out.set(out.size() - 1, new NameSpan(a.start(), b.end(), EntityType.PERSON, Math.min(a.score(), b.score())));
      } else {
        out.add(b);
      }
    }
    return out;
  }

  /** The widest gap one or two connectors with their spaces make between two names ({@code " von der "}). */
  private static final int MAX_CONNECTOR_GAP = 10;

  /** Whether one name connector with a space either side parts {@code a} and {@code b}. */
  private boolean connectorBetween(String text, NameSpan a, NameSpan b) {
    int gap = b.start() - a.end();
    if (gap < 4 || gap > MAX_CONNECTOR_GAP || text.charAt(a.end()) != ' ' || text.charAt(b.start() - 1) != ' ') {
      return false;
    }
    String between = text.substring(a.end() + 1, b.start() - 1);
    int space = between.indexOf(' '); // von der, van den, de la: two connectors
    return space < 0 ? connector(between) : connector(between.substring(0, space))
        && connector(between.substring(space + 1));
  }

  /** A name connector as written in {@code name-connectors-common.txt}, or capitalised. */
  private boolean connector(String word) {
    return CAPITALISED_CONNECTORS.contains(word) || lexicon.connectors().contains(word);
  }

  /** Words that open sentences and never name a person alone: numbers, ordinals, pronoun-like words. */
  private static final Set<String> NON_PERSON_OPENERS = Set.of("one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "first", "second", "third", "another", "anyone", "everyone", "someone", "nobody",
      "everybody", "somebody", "nothing", "something", "everything", "satu", "dua", "tiga", "empat", "pertama",
      "kedua", "ketiga", "seseorang", "semua", "setiap");

  /**
   * The candidates without one-word names that are capitalised only because they open a sentence or a quotation
   * ({@code “You can …}, {@code Moreover, …}): the word opens its sentence (after nothing but punctuation) or follows
   * an opening quote, bracket or colon, the article writes it in lower case elsewhere or, read as a person, it is a
   * number or a pronoun-like word that never names one ({@link #NON_PERSON_OPENERS}: {@code One doesn't know …}; a
   * frequent word may be a surname, {@code Key said}, {@code Price scored}), and the gazetteer does not know it. A
   * surname dropped here comes back from {@link #missedShortForms} ({@code May} after {@code Theresa May}). The
   * baseline finder has the same check ({@code CapitalizedNameFinder}); trained finders need it too, since silver
   * training sentences teach them that capitalised words are names.
   */
  private static List<Candidate> withoutCommonWordsAtStart(String text, List<List<Token>> sentenceTokens,
      List<Candidate> candidates) {
    List<Candidate> out = null; // made at the first candidate dropped; asks only about the unknown candidates'
    for (int c = 0; c < candidates.size(); c++) { // tokens (a pass over every token was 6 % of the step under C1)
      Candidate candidate = candidates.get(c);
      boolean common = !candidate.known() && opensSentence(text, sentenceTokens, candidate.start())
          && nameParts(candidate.text()).length == 1 && commonOpener(text, candidate);
      if (common && out == null) {
        out = new ArrayList<>(candidates.subList(0, c));
      } else if (!common && out != null) {
        out.add(candidate);
      }
    }
    return out == null ? candidates : out;
  }

  private static boolean commonOpener(String text, Candidate c) {
    String lower = c.text().toLowerCase(Locale.ROOT);
    return c.type() == EntityType.PERSON && NON_PERSON_OPENERS.contains(lower)
        || CapitalizedNameFinder.writesInLowerCase(text, lower);
  }

  /**
   * Whether a token that holds a letter or digit starts at {@code start} and opens its sentence (no such token before
   * it there) or follows an opening mark ({@link #afterOpeningMark}).
   */
  private static boolean opensSentence(String text, List<List<Token>> sentenceTokens, int start) {
    for (List<Token> tokens : sentenceTokens) {
      if (tokens.isEmpty() || tokens.get(tokens.size() - 1).end() <= start) {
        continue;
      }
      int at = tokenStartingAt(tokens, start);
      if (at < 0 || !Tokenizer.hasLetterOrDigit(tokens.get(at).text())) {
        return false;
      }
      for (int k = 0; k < at; k++) {
        if (Tokenizer.hasLetterOrDigit(tokens.get(k).text())) {
          return afterOpeningMark(text, tokens.get(at - 1).end(), start);
        }
      }
      return true;
    }
    return false;
  }

  /** The index of the token of {@code tokens} (in text order) that starts at {@code start}, or -1. */
  private static int tokenStartingAt(List<Token> tokens, int start) {
    int low = 0;
    int high = tokens.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int at = tokens.get(mid).start();
      if (at < start) {
        low = mid + 1;
      } else if (at > start) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /**
   * The candidates, with each one-word organisation the gazetteer knows that is the last word of exactly one full
   * PERSON name given earlier in the article made that person ({@code Keisuke Honda scored. Honda said}): companies
   * take families' names, and news names a person in full first and by the surname after. A company named before the
   * person stays the company ({@code Shares of Tesla fell … Nikola Tesla}), and so does a company word opening a
   * "person" ({@code Toyota Highlander}, a car a finder took for one).
   */
  private List<Candidate> peopleNotBodies(List<Candidate> candidates) {
    Map<String, String> bySurname = null;
    Map<String, Integer> firstFullName = new HashMap<>();
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      // an acronym is no family's name: Humas KPK, a finder's "person", leaves KPK the commission
      if (c.known() && c.type() == EntityType.ORGANIZATION && nameParts(c.text()).length == 1 && !acronym(c.text())) {
        if (bySurname == null) {
          bySurname = personKeysByNamePart(candidates, 2, true);
          for (Candidate p : candidates) {
            String[] parts = p.type() == EntityType.PERSON && p.key() != null ? nameParts(p.text()) : new String[0];
            if (parts.length >= 2) {
              firstFullName.merge(parts[parts.length - 1], p.start(), Math::min);
            }
          }
        }
        String person = bySurname.get(c.text());
        if (person != null && !person.isEmpty() && firstFullName.get(c.text()) < c.start()) {
          out.add(new Candidate(person, EntityType.PERSON, c.text(), c.start(), c.end(), c.score(), false, false, null));
          continue;
        }
      }
      out.add(c);
    }
    return out;
  }

  /**
   * The spans, each that opens with lower-case words before a capitalised one without those words: a trained finder
   * reads a common noun before a name into it ({@code kota Detroit}, {@code sirkuit Silverstone}, {@code kantor
   * Charta Politika}, {@code philosopher Paul Thagard}, {@code western China}, {@code the Netherlands}). An
   * organisation cue right before the rest makes it an organisation ({@code kantor LBH}: the office is the body's)
   * where the cue is where a body sits ({@link #CONTAINER_NOUNS}) or the gazetteer knows the rest ({@code partai
   * Gerindra}); any other such cue is the body's head noun written small and the span stays whole ({@code
   * kementerian Keuangan}). Else the finder's type stays. A span also stays whole when a word is a place cue ({@code
   * kota Bandung}, {@code desa Kramas}, {@code jalan Medan Merdeka Barat}: the labelled Indonesian sets write the
   * place so, and the street's name needs its word), a compass word ({@code east Jerusalem}, {@code west Papua}: a
   * place of its own), a name connector ({@code de Gaulle}, {@code bin Laden}), has a capital or digit inside ({@code
   * eBay}, {@code iPad Air}) or, in a person, may be a given name written small ({@code yusuf Muhi}): there a word
   * must be a common, stop, cue or title word, or in English a dictionary word that is no given name.
   */
  private List<NameSpan> withoutLowerCaseOpenings(String text, List<NameSpan> spans, String lang,
      NameLexicon.Words words) {
    List<NameSpan> out = null;
    for (int i = 0; i < spans.size(); i++) {
      NameSpan span = spans.get(i);
      NameSpan cut = Character.isLowerCase(text.charAt(span.start()))
          ? withoutLowerCaseOpening(text, span, lang, words) : span;
      if (cut != span && out == null) {
        out = new ArrayList<>(spans.subList(0, i));
      }
      if (out != null) {
        out.add(cut);
      }
    }
    return out == null ? spans : out;
  }

  /** The compass words that open a people of two words: South African, North Korean, East Timorese. */
  private static final Set<String> COMPASS_EN = Set.of("North", "South", "East", "West", "Latin");

  /**
   * English bodies that the finder began one word late, after the people that opens their name ({@code Irish
   * [Republican Army]}, {@code South African [Breweries Ltd]}, {@code British [Airways]}, {@code Catholic [Church]}):
   * a capitalised people or adjective right before an organisation, with a space between and no other name over it,
   * belongs to it. English newswire labels (UNER's, CoNLL's) put the people inside the body's name almost always. A
   * body the gazetteer knows for sure by the rest alone stays as it is ({@code Russian [Gazprom]}).
   */
  private List<NameSpan> withPeoplesOpening(String text, List<NameSpan> spans, String lang, NameLexicon.Words words) {
    if (!"en".equals(lang)) {
      return spans;
    }
    List<NameSpan> out = null;
    for (int i = 0; i < spans.size(); i++) {
      NameSpan span = spans.get(i);
      int start = span.type() == EntityType.ORGANIZATION && dictionaryWordAt(text, span.start())
          ? peopleBefore(text, span.start(), words) : -1;
      if (start >= 0 && (i > 0 && spans.get(i - 1).end() > start || acronymAt(text, span.start())
          || gazetteer.lookup(text.substring(span.start(), span.end()), lang).filter(Gazetteer.Entry::sure)
              .isPresent())) {
        start = -1;
      }
      if (start >= 0 && out == null) {
        out = new ArrayList<>(spans.subList(0, i));
      }
      if (out != null) {
        out.add(start < 0 ? span : new NameSpan(start, span.end(), span.type(), span.score()));
      }
    }
    return out == null ? spans : out;
  }

  /**
   * Whether the word at {@code start} is an English dictionary word ({@code Republican}, {@code Breweries}, {@code
   * Airways}), which a people before it qualifies, unlike a company's own name ({@code Japanese SoftBank Group Corp},
   * {@code Indian Infosys Ltd}).
   */
  private boolean dictionaryWordAt(String text, int start) {
    int end = start;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return end > start && lexicon.dictionaryWord(text.substring(start, end).toLowerCase(Locale.ROOT), "en");
  }

  /** Whether the word at {@code start} has no small letter ({@code F1} of {@code Chinese F1 driver}). */
  private static boolean acronymAt(String text, int start) {
    for (int i = start; i < text.length() && text.charAt(i) != ' '; i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Where the people's word or words right before {@code start} begin ({@code South African}), or -1. */
  private int peopleBefore(String text, int start, NameLexicon.Words words) {
    if (start < 2 || text.charAt(start - 1) != ' ') {
      return -1;
    }
    String word = wordBefore(text, start);
    int at = start - 1 - word.length();
    if (word.length() < 3 || !Character.isUpperCase(word.charAt(0)) || at > 0 && !Character.isWhitespace(text.charAt(
        at - 1)) && text.charAt(at - 1) != '"' && text.charAt(at - 1) != '(') {
      return -1;
    }
    String compass = at > 1 && text.charAt(at - 1) == ' ' ? wordBefore(text, at) : "";
    if (COMPASS_EN.contains(compass) && people(compass + " " + word, words)) {
      return at - 1 - compass.length();
    }
    return people(word, words) ? at : -1;
  }

  /** Whether {@code name} is an English people or its adjective: listed, or a country with a people's ending. */
  private boolean people(String name, NameLexicon.Words words) {
    return words.demonyms().contains(name.toLowerCase(Locale.ROOT))
        || gazetteer.lookup(name, "en").isEmpty() && demonym(name, "en", EntityType.ORGANIZATION);
  }

  private NameSpan withoutLowerCaseOpening(String text, NameSpan span, String lang, NameLexicon.Words words) {
    EntityType type = span.type();
    String last = null; // the word right before the rest
    int k = span.start();
    while (k < span.end() && Character.isLowerCase(text.charAt(k))) {
      int end = k;
      while (end < span.end() && Character.isLowerCase(text.charAt(end))) {
        end++;
      }
      if (end == span.end() || text.charAt(end) != ' ') {
        return span; // eBay, al-Assad, a word run into marks or digits, or nothing after it
      }
      String word = text.substring(k, end);
      if (lexicon.connectors().contains(word) || words.placeCues().contains(word) || COMPASS.contains(word)
          || type == EntityType.PERSON && !commonNoun(word, lang, words)) {
        return span;
      }
      last = word;
      k = end + 1;
    }
    if (k >= span.end() || !Character.isUpperCase(text.charAt(k))) {
      return span;
    }
    boolean body = words.orgCues().contains(last);
    if (body && !CONTAINER_NOUNS.contains(last) && gazetteer.lookup(text.substring(k, span.end()), lang).isEmpty()) {
      return span; // kementerian Keuangan, badan Pengawasan Keuangan: the body's head noun, written small
    }
    return new NameSpan(k, span.end(), body ? EntityType.ORGANIZATION : type, span.score());
  }

  /** Organisation cues that name where a body sits, not the body: {@code kantor KPU} is the KPU's office. */
  private static final Set<String> CONTAINER_NOUNS = Set.of("kantor", "markas");

  /** Whether a lower-case {@code word} before a person's name is a common noun, no given name written small. */
  private boolean commonNoun(String word, String lang, NameLexicon.Words words) {
    return words.commonWords().contains(word) || words.stopWords().contains(word) || words.orgCues().contains(word)
        || words.isTitle(word)
        || lexicon.hasGivenNames(lang) && lexicon.dictionaryWord(word, lang) && !lexicon.listedName(word, lang);
  }

  /** A result such as {@code 1-2} or {@code 3–0}: two small numbers joined by a hyphen or dash. */
  private static final Pattern SCORE = Pattern.compile("\\d{1,2}[-–]\\d{1,2}");

  /**
   * The mentions of the MONEY and PERCENT measures and of the QUANTITY mentions that are a score ({@link #SCORE}),
   * in text order. Other quantities stay: a number ends many names ({@code Motel 6}, {@code Apple Watch Series 9},
   * {@code Philadelphia 76ers}).
   */
  private static List<Mention> amounts(List<Entity> measures) {
    List<Mention> out = new ArrayList<>();
    for (Entity e : measures) {
      if (e.type() == EntityType.MONEY || e.type() == EntityType.PERCENT) {
        out.addAll(e.mentions());
      } else if (e.type() == EntityType.QUANTITY) {
        e.mentions().stream().filter(m -> SCORE.matcher(m.text()).matches()).forEach(out::add);
      }
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  /**
   * The span cut before the first amount it overlaps ({@code Bendungan Lolak Paket II [Rp 447 miliar]},
   * {@code Crystal Palace [1-2]}: a finder runs names on into the numbers after them), without the spaces and
   * punctuation before the amount; {@code null} when nothing is left (the span opens
   * with an amount).
   */
  private static NameSpan beforeAmount(String text, NameSpan span, List<Mention> amounts) {
    // the amounts do not overlap one another: the one before the first that starts in the span may reach into it
    int first = ByStart.firstAtOrAfter(amounts, Mention::start, span.start());
    for (int k = Math.max(0, first - 1); k < amounts.size(); k++) {
      Mention m = amounts.get(k);
      if (m.start() >= span.end()) {
        break;
      }
      if (m.end() <= span.start()) {
        continue;
      }
      int end = Math.max(m.start(), span.start());
      while (end > span.start() && !Character.isLetterOrDigit(text.charAt(end - 1))) {
        end--;
      }
      return end > span.start() ? new NameSpan(span.start(), end, span.type(), span.score()) : null;
    }
    return span;
  }

  /**
   * The DATE mentions that open with a day's number and name a month in words ({@code 21 Desember 2015}, {@code 5
   * May}), in text order: a finder runs a name on into the day after it ({@code di Istana Negara 21 Desember 2015}).
   */
  private static List<Mention> datesOpeningWithDays(List<Entity> measures) {
    List<Mention> out = new ArrayList<>();
    for (Entity e : measures) {
      if (e.type() == EntityType.DATE) {
        for (Mention m : e.mentions()) {
          String t = m.text();
          if (!t.isEmpty() && Character.isDigit(t.charAt(0)) && t.chars().anyMatch(Character::isLetter)) {
            out.add(m);
          }
        }
      }
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  /**
   * The span cut before a day's date it runs into ({@link #datesOpeningWithDays}) and ends inside ({@code Istana
   * Negara 21} of {@code 21 Desember 2015}), unless only cue words would be left: a date names some places, bodies
   * and events ({@code Universitas 17 Agustus 1945}, {@code Jalan 17 Agustus}, {@code Gerakan 30 September}); a span
   * that holds the whole date reads it as the name's ({@code Stadion Gelora 10 November}).
   */
  private static NameSpan beforeDay(String text, NameSpan span, List<Mention> days, NameLexicon.Words words) {
    if (!endsInside(span, days)) { // most spans: no date to look at
      return span;
    }
    NameSpan cut = beforeAmount(text, span, days);
    if (cut == span || cut == null) {
      return span;
    }
    for (String part : nameParts(text.substring(cut.start(), cut.end()))) {
      String lower = part.toLowerCase(Locale.ROOT);
      if (!words.orgCues().contains(lower) && !words.placeCues().contains(lower)
          && !words.eventCues().contains(lower) && !words.stopWords().contains(lower)) {
        return cut;
      }
    }
    return span;
  }

  /** Whether {@code span} ends inside one of {@code days} that starts after it does. */
  private static boolean endsInside(NameSpan span, List<Mention> days) {
    for (Mention m : days) {
      if (m.start() > span.start() && m.start() < span.end() && span.end() < m.end()) {
        return true;
      }
    }
    return false;
  }

  /** The candidates that lie inside no DATE mention of {@code measures}. */
  private static List<Candidate> outsideDates(List<Candidate> candidates, List<Entity> measures) {
    List<Mention> dates = new ArrayList<>();
    for (Entity e : measures) {
      if (e.type() == EntityType.DATE) {
        dates.addAll(e.mentions());
      }
    }
    if (dates.isEmpty()) {
      return candidates;
    }
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      if (dates.stream().noneMatch(d -> d.start() <= c.start() && c.end() <= d.end())) {
        out.add(c);
      }
    }
    return out;
  }

  /** Tokens after which a capitalised word opens a quotation or a clause of its own. */
  /** The marks a word right after which opens a quotation or an aside ({@code “You}, {@code (The}). */
  private static final String OPENING_MARKS = "\"“‘«„([";

  /**
   * Whether the word at {@code start} follows an opening quote or bracket right before it, or a colon with nothing
   * but spaces between ({@code as follows: The}), in {@code text[from, start)} (after the word before). A straight
   * quote right before a word opens a quotation: a closing one follows its word.
   */
  private static boolean afterOpeningMark(String text, int from, int start) {
    if (start <= from) {
      return false;
    }
    if (OPENING_MARKS.indexOf(text.charAt(start - 1)) >= 0) {
      return true;
    }
    int at = start - 1;
    while (at > from && text.charAt(at) == ' ') {
      at--;
    }
    return text.charAt(at) == ':';
  }

  /**
   * Capitalised words the finder left untagged that are the first or last word of exactly one full
   * PERSON name found in the article ({@code Okafor} after {@code Harriet Okafor}): news names a person
   * in full once and by surname after, and a trained finder does not always tag the bare surname.
   */
  private List<Candidate> missedShortForms(String text, List<List<Token>> sentenceTokens, List<Candidate> candidates,
      NameLexicon.Words words) {
    Map<String, String> byPart = personKeysByNamePart(candidates, 2);
    List<Candidate> out = new ArrayList<>();
    if (byPart.isEmpty()) {
      return out;
    }
    CandidateCursor cursor = new CandidateCursor(candidates);
    for (List<Token> tokens : sentenceTokens) {
      for (Token t : tokens) {
        Candidate next = cursor.at(t);
        boolean covered = next != null && next.start() < t.end();
        String key = (t.isCapitalized() || isArticledWord(t.text())) && !covered ? byPart.get(t.text()) : null;
        // a title right before a name is the title (House Speaker Mike Johnson), though someone is named Speaker
        if (key != null && !key.isEmpty()
            && !(next != null && next.start() == t.end() + 1 && words.isTitle(t.text()))
            && !credits.isCredit(text, t.start())) {
          out.add(new Candidate(key, EntityType.PERSON, t.text(), t.start(), t.end(), 1.0, false, false, null));
        }
      }
    }
    return out;
  }

  /**
   * The candidates in text order, walked along the tokens of the article's sentences, which come in text order too:
   * one pass finds, for each token, the first candidate that does not end before it.
   */
  private static final class CandidateCursor {
    private final List<Candidate> sorted;
    private int next;

    CandidateCursor(List<Candidate> candidates) {
      sorted = new ArrayList<>(candidates);
      sorted.sort(Comparator.comparingInt(Candidate::start));
    }

    /** The first candidate that does not end before {@code t} starts, or null; call with tokens in text order. */
    Candidate at(Token t) {
      while (next < sorted.size() && sorted.get(next).end() <= t.start()) {
        next++;
      }
      return next < sorted.size() ? sorted.get(next) : null;
    }
  }

  /**
   * For each first and last word of the keyed PERSON candidates of at least {@code minWords} words, the
   * key of the one person it belongs to, or {@code ""} when it belongs to several.
   */
  private Map<String, String> personKeysByNamePart(List<Candidate> candidates, int minWords) {
    return personKeysByNamePart(candidates, minWords, false);
  }

  /** The text up to its first name separator: {@link #nameParts}' first part, without splitting the rest. */
  private static String firstWord(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (isNameSeparator(name.charAt(i))) {
        return name.substring(0, i);
      }
    }
    return name;
  }

  /** English articles as a name that opens a sentence writes them. */
  private static final Set<String> ARTICLES = Set.of("The", "A", "An");

  /** A generational suffix after a surname, as written: Jr., Sr, III (not JR, a suspect's initials in Indonesian). */
  private static final Pattern GENERATION = Pattern.compile("(?:Jr|Sr)\\.?|II|III|IV");

  /** {@link #personKeysByNamePart(List, int)}, or with {@code surnamesOnly} the last words alone. */
  private Map<String, String> personKeysByNamePart(List<Candidate> candidates, int minWords,
      boolean surnamesOnly) {
    // a name that is another's surname with its article or connectors (Al-Assad, Bin Laden, Von der Leyen) is that
    // name's short form, not a full name of its own (Della Destiara, whose Della is also a connector, stays one)
    Set<String> shortForms = null;
    String[][] partsOf = new String[candidates.size()][];
    String[] connectedOf = new String[candidates.size()];
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (c.type() == EntityType.PERSON && c.key() != null) {
        partsOf[i] = nameParts(c.text());
        connectedOf[i] = connectedSurname(c.text(), partsOf[i]);
        if (connectedOf[i] != null) {
          if (shortForms == null) {
            shortForms = new java.util.HashSet<>();
          }
          shortForms.add(connectedOf[i]);
          shortForms.add(capitalised(connectedOf[i]));
        }
      }
    }
    Map<String, String> byPart = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (partsOf[i] != null && (shortForms == null || !shortForms.contains(c.text()))) {
        String[] parts = partsOf[i];
        // a "person" opening with an article is a team, a title or a nickname the finder took for one (The Dodgers,
        // The Changeling): neither its article, which opens many a sentence, nor its last word is anyone's short form
        if (parts.length >= minWords && !ARTICLES.contains(parts[0])) {
          // a Korean name's family name comes first, and its last syllable is no one's short form (Song Joong Ki)
          String last = koreanShape(parts) ? parts[0] : parts[surnameAt(parts)];
          String connected = connectedOf[i];
          boolean epithet = parts.length >= 3 && parts[parts.length - 2].equals("the") && EPITHETS.contains(last);
          String[] named = epithet ? (surnamesOnly ? new String[0] : new String[] {parts[0]}) // Great names nobody
              : connected == null ? (surnamesOnly ? new String[] {last} : new String[] {parts[0], last})
              : surnamesOnly ? new String[] {last, connected, capitalised(connected)}
              : new String[] {parts[0], last, connected, capitalised(connected)};
          for (String part : named) {
            String previous = byPart.putIfAbsent(part, c.key());
            if (previous != null && !previous.equals(c.key())) {
              byPart.put(part, "");
            }
          }
        }
      }
    }
    return byPart;
  }

  /** Where the surname is in a name's parts: the last, or the word before a generational suffix. */
  private static int surnameAt(String[] parts) {
    // Robert F. Kennedy Jr. ... Kennedy
    return parts.length > 1 && GENERATION.matcher(parts[parts.length - 1]).matches()
        ? parts.length - 2 : parts.length - 1;
  }

  /**
   * The surname of a name of three words or more ({@code parts}: its {@link #nameParts}) with the article or
   * connectors before it, as the name writes them
   * ({@code Bashar al-Assad}: {@code al-Assad}; {@code Osama bin Laden}: {@code bin Laden}; {@code Ursula von der
   * Leyen}: {@code von der Leyen}), or null when none leads it. The first word is no connector ({@code Della
   * Destiara}).
   */
  private String connectedSurname(String name, String[] parts) {
    int lastAt = surnameAt(parts);
    if (lastAt < 2) {
      return null; // Al-Assad, Bin Laden alone name no one else
    }
    String lead = parts[lastAt - 1];
    if (lead.length() <= 3) {
      String articled = lead + "-" + parts[lastAt];
      if (name.contains(articled) && isArticledWord(articled)) {
        return articled;
      }
    }
    int tail = lastAt;
    while (tail > 1 && tail > lastAt - 2 && lexicon.connectors().contains(parts[tail - 1].toLowerCase(Locale.ROOT))) {
      tail--;
    }
    return tail < lastAt ? String.join(" ", java.util.Arrays.asList(parts).subList(tail, lastAt + 1)) : null;
  }

  /** A mention-less entity for a name outside the text (a dateline place), typed by the gazetteer. */
  public Entity unanchored(String name, EntityType fallbackType) {
    Optional<Gazetteer.Entry> known = gazetteer.lookup(name, "und");
    String key = known.map(Gazetteer.Entry::key).orElse(Slugs.key(fallbackType.name(), name));
    EntityType type = known.map(Gazetteer.Entry::type).orElse(fallbackType);
    return Entity.named(key, type, name, List.of(), 0.3, List.of());
  }

  /**
   * The spans, with a lone company or club word ({@code FC}, {@code United}: the finder saw only it) joined to the
   * one or two capitalised words right before it, over a span of theirs if they had one ({@code Arema FC}, {@code
   * Borneo FC}, where the finder found only {@code FC}, or {@code Borneo} as a place and {@code FC} apart), or over
   * the whole of a longer span that ends right before it ({@code New York City FC}). A word
   * that is a title, a cue or a function word stops the reach, and so does a sentence's first word that is one of the
   * language's most frequent words or that the article also writes in lower case ({@code Tim Sriwijaya FC}: tim,
   * team; {@code Pertandingan Arema FC}); nothing before leaves the span as it is.
   */
  private static List<NameSpan> withClubNames(String text, Sentence s, List<NameSpan> spans, NameLexicon.Words words) {
    List<NameSpan> out = null;
    List<Token> tokens = null;
    for (NameSpan span : spans) {
      if (span.end() - span.start() > MAX_SUFFIX_LENGTH
          || !words.orgSuffixes().contains(text.substring(span.start(), span.end()).toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (tokens == null) {
        tokens = Tokenizer.sentenceTokens(text, s.start(), s.end());
      }
      int reach = capitalisedWordsBefore(text, tokens, span, words);
      for (NameSpan o : spans) { // a span ending one space before the club word names it whole: New York City FC
        if (o.end() + 1 == span.start() && text.charAt(o.end()) == ' ' && (reach < 0 || o.start() < reach)
            && o.type() != EntityType.PERSON) {
          reach = o.start();
        }
      }
      if (reach < 0) {
        continue;
      }
      int start = reach;
      if (spans.stream().anyMatch(o -> o.start() < start && o.end() > start)) {
        continue; // a span reaching into the words before from further left: leave both
      }
      if (out == null) {
        out = new ArrayList<>(spans);
      }
      out.removeIf(o -> o.start() >= start && o.end() <= span.start());
      out.set(out.indexOf(span), new NameSpan(start, span.end(), EntityType.ORGANIZATION, span.score()));
    }
    return out == null ? spans : out;
  }

  /**
   * The start of the one or two capitalised words right before {@code span} that may name its club, or -1: none (a
   * title, a cue or a function word stops the reach, and so does a sentence's first word that is a common word).
   */
  private static int capitalisedWordsBefore(String text, List<Token> tokens, NameSpan span, NameLexicon.Words words) {
    int at = 0;
    while (at < tokens.size() && tokens.get(at).start() < span.start()) {
      at++;
    }
    int from = at;
    while (from > 0 && at - from < 2 && tokens.get(from - 1).isCapitalized()
        && tokens.get(from - 1).end() + 1 == tokens.get(from).start() && text.charAt(tokens.get(from - 1).end()) == ' '
        && !cueOrTitle(tokens.get(from - 1).text(), words)
        && !words.stopWords().contains(tokens.get(from - 1).text().toLowerCase(Locale.ROOT))
        && (from > 1 || !commonWord(text, tokens.get(0).text(), words))) {
      from--;
    }
    return from == at ? -1 : tokens.get(from).start();
  }

  /** Longer than any company or club word: such a span is no lone one (checked before building its text). */
  private static final int MAX_SUFFIX_LENGTH = 20;

  /**
   * The spans cut at a bracket they do not close ({@code Apple Inc (AAPL} → {@code Apple Inc}, {@code AAPL}; {@code
   * Lembaga Bantuan Hukum) PARFI}): a trained finder may read a bracket as part of a name, and no name holds one
   * bracket alone. Each part keeps the span's type if it holds a letter; a span whose brackets pair up ({@code Rumah
   * Sakit (RS) Cipto}) stays whole.
   */
  static List<NameSpan> atBrackets(String text, List<NameSpan> spans) {
    List<NameSpan> out = null;
    for (int k = 0; k < spans.size(); k++) { // a loop, not a stream: every sentence comes here
      NameSpan span = spans.get(k);
      int bracket = unpairedBracket(text, span.start(), span.end());
      if (bracket < 0) {
        if (out != null) {
          out.add(span);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(spans.subList(0, k));
      }
      int from = span.start();
      while (bracket >= 0) {
        addPart(text, from, bracket, span, out);
        from = bracket + 1;
        bracket = unpairedBracket(text, from, span.end());
      }
      addPart(text, from, span.end(), span, out);
    }
    return out == null ? spans : out;
  }

  /** The first bracket of {@code text[start, end)} without its partner there, or -1. */
  private static int unpairedBracket(String text, int start, int end) {
    int open = -1;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '(' && open < 0) {
        open = i;
      } else if (c == ')') {
        if (open < 0) {
          return i;
        }
        open = -1;
      } else if (c == '(') {
        return open; // a second opening one before the first closes
      }
    }
    return open;
  }

  /** Adds {@code text[from, to)} without the spaces around it as a span of {@code like}'s type if it holds a letter. */
  private static void addPart(String text, int from, int to, NameSpan like, List<NameSpan> out) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    for (int i = from; i < to; i++) {
      if (Character.isLetter(text.charAt(i))) {
        out.add(new NameSpan(from, to, like.type(), like.score()));
        return;
      }
    }
  }

  /**
   * The spans cut after a company's legal form that a lower-case word follows inside them ({@code Apple Inc on
   * Monday} → {@code Apple Inc}, {@code Zorblax Inc. fell} → {@code Zorblax Inc.}): a trained finder runs on past the
   * form, and no name goes on in lower case after it. The form is capitalised and not {@code PT}, which opens a name.
   */
  private List<NameSpan> endedByLegalForms(String text, List<NameSpan> spans) {
    List<NameSpan> out = null;
    for (int k = 0; k < spans.size(); k++) { // a loop, not a stream: every sentence comes here
      NameSpan span = spans.get(k);
      int cut = -1;
      for (int space = text.indexOf(' ', span.start()); space > span.start() && space + 1 < span.end() && cut < 0;
          space = text.indexOf(' ', space + 1)) {
        if (Character.isLowerCase(text.charAt(space + 1))) {
          int from = text.lastIndexOf(' ', space - 1) + 1;
          String word = text.substring(Math.max(from, span.start()), space);
          String form = bare(word);
          cut = !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !form.equals("pt")
              && lexicon.legalForms().contains(form) ? space : -1;
        }
      }
      if (cut > 0 && out == null) {
        out = new ArrayList<>(spans.subList(0, k));
      }
      if (out != null) {
        out.add(cut > 0 ? new NameSpan(span.start(), cut, span.type(), span.score()) : span);
      }
    }
    return out == null ? spans : out;
  }

  /** Epithets news writes after a name with {@code the} ({@code Alexander the Great}, {@code Pliny the Elder}). */
  private static final List<String> EPITHETS = List.of("Elder", "Younger", "Great");
  /** An Indonesian state company's ending ({@code PT Telkom Indonesia (Persero) Tbk}). */
  private static final List<String> STATE_COMPANY_ENDINGS = List.of(" (Persero)");
  /** An Indonesian listed company's ending, when the finder leaves it out. */
  private static final List<String> LISTED_ENDINGS = List.of(" Tbk");
  /** Firms' endings after an ampersand ({@code Joseph A Jones & Co}, {@code Smith & Sons}). */
  private static final List<String> FIRM_ENDINGS = List.of("Co", "Company", "Sons");

  /**
   * The spans with a name's ending a trained finder reads as a name of its own, or not at all, joined to the name:
   * {@code the} and an epithet after a person ({@code Pliny the Elder}, {@code Hans Holbein the Younger}: the finder
   * gave a person {@code Elder}, or {@code Great} as another {@code X the Great}'s short form; not before a
   * capitalised word: {@code Mary Berry the Great British Bake Off judge}), and {@code & Co} or {@code & Sons} after a
   * name, which then names a firm ({@code Joseph A Jones & Co}: the finder gave two people, {@code Joseph A Jones}
   * and {@code Co}; {@code & Co} after one word the finder called a person only with the abbreviation's dot, {@code
   * Crawford & Co.}, since sports news writes {@code Messi & Co} for a player's team); and an Indonesian state or
   * listed company's {@code (Persero)} and {@code Tbk} after an organisation ({@code PT Telkom Indonesia (Persero)
   * Tbk}: the finder stopped at the bracket and read {@code Persero} as a name of its own). Spans inside the ending
   * are dropped.
   */
  static List<NameSpan> withNameEndings(String text, List<NameSpan> spans) {
    List<NameSpan> out = null;
    for (int k = 0; k < spans.size(); k++) { // a loop, not a stream: every sentence comes here
      NameSpan span = spans.get(k);
      int end = -1;
      EntityType type = span.type();
      if (span.type() == EntityType.PERSON && text.startsWith(" the ", span.end())) {
        end = endOfWordIn(text, span.end() + 5, EPITHETS);
        end = end >= 0 && end + 1 < text.length() && text.charAt(end) == ' '
            && Character.isUpperCase(text.charAt(end + 1)) ? -1 : end; // Mary Berry the Great British Bake Off judge
      } else if (text.startsWith(" & ", span.end())) {
        end = endOfWordIn(text, span.end() + 3, FIRM_ENDINGS);
        type = EntityType.ORGANIZATION;
        end = end == span.end() + 5 && span.type() == EntityType.PERSON && oneWord(text, span) // & Co
            && !(end < text.length() && text.charAt(end) == '.') ? -1 : end; // Messi & Co: his team
      } else if (span.type() == EntityType.ORGANIZATION) {
        end = endOfWordIn(text, span.end(), STATE_COMPANY_ENDINGS);
        int listed = endOfWordIn(text, end < 0 ? span.end() : end, LISTED_ENDINGS);
        end = listed < 0 ? end : listed;
      }
      int ending = end;
      if (end < 0 || spans.stream().anyMatch(o -> o.start() < ending && o.end() > ending)) {
        if (out != null) {
          out.add(span);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(spans.subList(0, k));
      }
      out.add(new NameSpan(span.start(), end, type, span.score()));
      while (k + 1 < spans.size() && spans.get(k + 1).start() < end) {
        k++; // the ending's own span
      }
    }
    return out == null ? spans : out;
  }

  /** Whether {@code span}'s text holds no space. */
  private static boolean oneWord(String text, NameSpan span) {
    int space = text.indexOf(' ', span.start());
    return space < 0 || space >= span.end();
  }

  /** The end of the word at {@code at} if it is one of {@code words} as written and whole, else -1. */
  private static int endOfWordIn(String text, int at, List<String> words) {
    for (String w : words) {
      int end = at + w.length();
      if (text.startsWith(w, at) && (end == text.length()
          || !Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) != '-')) { // not Co-workers
        return end;
      }
    }
    return -1;
  }

  /**
   * The spans with each PERSON span that is one capital letter joined, over its dot and one space, to the PERSON span
   * right after it ({@code [J]. [Robert Oppenheimer]} → {@code J. Robert Oppenheimer}: the tokenizer parts an initial
   * from its dot and the finder reads the dot as the name's end), and without the one-letter PERSON spans left: a
   * letter alone names nobody a reader could look up ({@code vitamin [D]}, {@code Ph.[D].}).
   */
  private static List<NameSpan> withInitials(String text, List<NameSpan> spans) {
    boolean any = false;
    for (int k = 0; k < spans.size() && !any; k++) { // a loop, not a stream: every sentence comes here
      any = initial(text, spans.get(k));
    }
    if (!any) {
      return spans;
    }
    List<NameSpan> out = new ArrayList<>(spans.size());
    int k = 0;
    while (k < spans.size()) {
      NameSpan span = spans.get(k);
      int last = k; // the run of initials each right before the next PERSON span: J. R. R. Tolkien
      while (initial(text, spans.get(last)) && last + 1 < spans.size()
          && joinsNext(text, spans.get(last), spans.get(last + 1))) {
        last++;
      }
      if (!initial(text, spans.get(last))) {
        double score = span.score();
        for (int j = k + 1; j <= last; j++) {
          score = Math.min(score, spans.get(j).score());
        }
        out.add(last == k ? span : new NameSpan(span.start(), spans.get(last).end(), EntityType.PERSON, score));
      } // else: initials that lead to no name are dropped (vitamin D)
      k = last + 1;
    }
    return out;
  }

  /**
   * The lower-case Arabic articles that news writes before a capitalised name part with a hyphen ({@code Bashar
   * al-Assad}, {@code Abdel Fattah el-Sisi}, {@code al-Qaida}, {@code Jabhat an-Nusra}, {@code Deir el-Balah}): with
   * them the word is still a name, though it starts in lower case. Prefixes like {@code pro-}, {@code non-}, {@code
   * mid-} or {@code ex-} are no such article ({@code pro-Israel}).
   */
  private static final Set<String> ARABIC_ARTICLES = Set.of("al", "el", "ad", "an", "ar", "as", "ash", "at", "az",
      "ud", "ul");

  /**
   * Arabic place words that open a place's name before an article-led word ({@code Deir el-Balah}, {@code Tal
   * al-Hawa}, {@code Ras al-Ain}, {@code Wadi al-Rayan}, {@code Bab al-Hawa}, {@code Jabal al-Sheikh}): monastery,
   * hill, cape, valley, gate, mountain, spring, house, village, well, river, sea. A finder that knows none of them
   * reads a person in {@code Deir}.
   */
  private static final Set<String> ARABIC_PLACE_WORDS = Set.of("deir", "dayr", "tal", "tall", "tell", "ras", "wadi",
      "bab", "jabal", "jebel", "ain", "beit", "bayt", "kafr", "bir", "nahr", "bahr");

  /**
   * The end of the article-led name word at {@code at} ({@code al-Assad}: a listed article, a hyphen, a capital and
   * more letters, and then no letter, digit or hyphen), or -1.
   */
  static int articledPartEnd(String text, int at) {
    int n = text.length(); // the hyphen first: most words have none where an article's would be
    int hyphen = at + 2 < n && text.charAt(at + 2) == '-' ? at + 2 : at + 3 < n && text.charAt(at + 3) == '-' ? at + 3
        : -1;
    if (hyphen < 0 || hyphen + 2 >= n || !Character.isUpperCase(text.charAt(hyphen + 1))
        || !ARABIC_ARTICLES.contains(text.substring(at, hyphen))
        || at > 0 && (Character.isLetterOrDigit(text.charAt(at - 1)) || text.charAt(at - 1) == '-')) {
      return -1;
    }
    int end = hyphen + 2;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    if (end == hyphen + 2 || end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '-')) {
      return -1;
    }
    return end;
  }

  /** Whether {@code word} is one article-led name word ({@code al-Assad}, {@code Al-Assad}), in either case. */
  static boolean isArticledWord(String word) {
    int n = word.length();
    if (!(n > 3 && word.charAt(2) == '-' || n > 4 && word.charAt(3) == '-')) {
      return false; // most words: no copy below
    }
    String article = Character.isUpperCase(word.charAt(0)) ? Character.toLowerCase(word.charAt(0)) + word.substring(1)
        : word;
    return articledPartEnd(article, 0) == n;
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /**
   * The spans, each followed by one space and an article-led name word ({@link #articledPartEnd}) run on over it:
   * {@code [Bashar] al-Assad} → {@code Bashar al-Assad}, {@code [Abdel Fattah] el-Sisi}. A trained finder reads the
   * lower-case start as the name's end. Only a PERSON span the gazetteer does not know runs on ({@code In [Syria]
   * al-Assad rules}, {@code [Gaza City] al-Ahli hospital} stay as they are), or one opening with an Arabic place word,
   * which is then a place.
   */
  private List<NameSpan> withArticledParts(String text, List<NameSpan> spans, String lang, NameLexicon.Words words) {
    List<NameSpan> out = null;
    for (int k = 0; k < spans.size(); k++) {
      NameSpan span = spans.get(k);
      int end = span.end();
      boolean place = false;
      // most spans: no article-led word after one space, nothing to decide
      if (end + 1 < text.length() && text.charAt(end) == ' ' && articledPartEnd(text, end + 1) > 0) {
        place = opensWithArabicPlaceWord(text, span);
        // a person's name only (In Syria al-Assad rules: Syria is no name of his), a span with a title, which the
        // title split parts later (Syrian President Bashar al-Assad, whatever the finder typed it), or a place's head
        boolean runs = place || span.type() == EntityType.PERSON
            && gazetteer.lookup(text.substring(span.start(), span.end()), lang).isEmpty()
            || titleIn(text, span, words);
        while (runs && end + 1 < text.length() && text.charAt(end) == ' ' && (k + 1 == spans.size()
            || spans.get(k + 1).start() > end + 1)) {
          int next = articledPartEnd(text, end + 1);
          if (next < 0) {
            break;
          }
          end = next;
        }
      }
      NameSpan changed = end != span.end() && (k + 1 == spans.size() || spans.get(k + 1).start() >= end)
          ? new NameSpan(span.start(), end, place ? EntityType.LOCATION : span.type(), span.score())
          : span.type() == EntityType.PERSON && arabicPlaceInside(text, span) // [Deir al-Balah]
          ? new NameSpan(span.start(), span.end(), EntityType.LOCATION, span.score()) : null;
      if (changed != null && out == null) {
        out = new ArrayList<>(spans.subList(0, k));
      }
      if (out != null) {
        out.add(changed != null ? changed : span);
      }
    }
    return out == null ? spans : out;
  }

  /**
   * Whether the span is an Arabic place word and an article-led word after it, as a finder that read a person wrote
   * it whole ({@code Deir al-Balah}, {@code Ras al-Ain}).
   */
  private static boolean arabicPlaceInside(String text, NameSpan span) {
    int space = text.indexOf(' ', span.start());
    if (space < 0 || space + 1 >= span.end() || space - span.start() > 5) {
      return false; // the place words have five letters at most
    }
    int next = articledPartEnd(text, space + 1);
    return next > 0 && next <= span.end() && opensWithArabicPlaceWord(text, span);
  }

  /** Whether the span's first word (up to a space) is one of {@link #ARABIC_PLACE_WORDS}. */
  private static boolean opensWithArabicPlaceWord(String text, NameSpan span) {
    int space = text.indexOf(' ', span.start());
    return ARABIC_PLACE_WORDS.contains(text.substring(span.start(), space < 0 || space > span.end() ? span.end()
        : space).toLowerCase(Locale.ROOT));
  }

  /** Whether a word of the span, between spaces, is a title of the language. */
  private static boolean titleIn(String text, NameSpan span, NameLexicon.Words words) {
    int from = span.start();
    while (from < span.end()) {
      int space = text.indexOf(' ', from);
      int to = space < 0 || space > span.end() ? span.end() : space;
      if (to > from && words.isTitle(text.substring(from, to))) {
        return true;
      }
      from = to + 1;
    }
    return false;
  }

  /** A PERSON span that is one capital letter. */
  private static boolean initial(String text, NameSpan span) {
    return span.type() == EntityType.PERSON && span.end() - span.start() == 1
        && Character.isUpperCase(text.charAt(span.start()));
  }

  /** Whether the PERSON span {@code next} starts right after {@code initial}, its dot and one space. */
  private static boolean joinsNext(String text, NameSpan initial, NameSpan next) {
    return next.type() == EntityType.PERSON && next.start() == initial.end() + 2
        && text.startsWith(". ", initial.end());
  }

  /** The spans without overlaps: of two overlapping spans the longer (then the first) stays. */
  private static List<NameSpan> disjoint(List<NameSpan> spans) {
    List<NameSpan> byLength = new ArrayList<>(spans);
    byLength.sort(Comparator.comparingInt((NameSpan n) -> n.start() - n.end()).thenComparingInt(NameSpan::start));
    List<NameSpan> kept = new ArrayList<>();
    for (NameSpan n : byLength) {
      if (!covered(kept, n.start(), n.end())) {
        kept.add(n);
      }
    }
    kept.sort(Comparator.comparingInt(NameSpan::start));
    return kept;
  }

  /**
   * The spans inside the sentence that are not credits, split where names are joined ({@code Rusia-Ukraina})
   * or a known place runs into a name ({@code Korea Utara Kim Jong Un}); in text order.
   */
  private List<NameSpan> parts(String text, Sentence s, List<NameSpan> spans, String lang, NameLexicon.Words words) {
    List<NameSpan> out = new ArrayList<>();
    for (NameSpan span : spans) {
      if (span.start() >= s.start() && span.end() <= s.end() && !credits.isCredit(text, span.start())) {
        for (NameSpan part : possessives(text, s, span, lang)) {
          List<NameSpan> joined = splitJoinedNames(text, withoutWeekdayAtEnd(text, part, lang), lang);
          for (NameSpan split : splitCoordinatedNames(text, splitKnownPlacePrefix(text, pairedPeople(text, joined,
              lang, words), lang, words), lang)) {
            NameSpan person = afterOfficeField(text, afterIndonesianOfficeField(text, split, lang, words), lang, words);
            // again for the spans that splitKnownPlacePrefix did not cut (the baseline's) or that a split made PERSON
            NameSpan name = person == null ? null : withoutPostNominals(text, person);
            if (name != null) {
              out.add(name);
            }
          }
        }
      }
    }
    return out;
  }

  /** Each language's weekday names in lower case ({@code senin}, {@code monday}), from its measures file. */
  private static final Map<String, String[]> WEEKDAYS = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * A span that ends in a weekday after a name ({@code Amanda Vanstone Selasa}, {@code Foo Fighters Senin}, {@code
   * The Masked Singer Wednesday}: news puts the day right after the subject, and a trained finder reads it into the
   * name) without it, when two words or more come before the day and the word right before it is capitalised. A day
   * after one word is part of the name ({@code Black Friday}, {@code Sheffield Wednesday}), and so is a day after a
   * lower-case word ({@code The Mail on Sunday}), a day that is also an everyday word (the measures file's {@code
   * cued} days: {@code Pasar Minggu}, {@code Sekolah Minggu}; {@code minggu} is "week") and a day in a name the
   * gazetteer knows whole. The days are the language's measures file's (English's for a language without one).
   */
  private NameSpan withoutWeekdayAtEnd(String text, NameSpan span, String lang) {
    int dayStart = text.lastIndexOf(' ', span.end() - 1) + 1;
    if (dayStart <= span.start() || !Character.isUpperCase(text.charAt(dayStart))
        || !weekday(text, dayStart, span.end(), lang)) {
      return span;
    }
    int end = dayStart;
    while (end > span.start() && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == ',')) {
      end--;
    }
    int wordBefore = text.lastIndexOf(' ', end - 1) + 1;
    if (wordBefore <= span.start() || !Character.isUpperCase(text.charAt(wordBefore))
        || gazetteer.lookup(text.substring(span.start(), span.end()), lang).isPresent()) {
      return span;
    }
    return new NameSpan(span.start(), end, span.type(), span.score());
  }

  /** Whether {@code text[start, end)} is a weekday of {@code lang} (compared in place: most spans end in none). */
  private static boolean weekday(String text, int start, int end, String lang) {
    for (String day : WEEKDAYS.computeIfAbsent(lang == null ? Languages.UNDETERMINED : lang,
        EntityExtractor::uncuedWeekdays)) {
      if (day.length() == end - start && text.regionMatches(true, start, day, 0, day.length())) {
        return true;
      }
    }
    return false;
  }

  /** The weekdays of {@code lang}'s measures file that are no everyday word too (not {@code minggu}, "week"). */
  private static String[] uncuedWeekdays(String lang) {
    NumberFormat format = NumberFormat.forLanguage(lang);
    Set<String> days = new HashSet<>(format.weekdays.keySet());
    days.removeAll(format.cuedWeekdays);
    return days.toArray(String[]::new);
  }

  /** What parts the names in a span of several people: {@code vs} between rivals, a slash between doubles partners. */
  private static final Pattern BETWEEN_PEOPLE = Pattern.compile(" (?:vs\\.?|v\\.|versus) | */+ *");

  /**
   * A PERSON span that names several people as news pairs them, as one PERSON span each: competitors ({@code Jonatan
   * Christie vs Viktor Axelsen}), doubles partners ({@code Marcus Gideon/Kevin Sanjaya}) and running mates or couples
   * joined by a dash ({@code Edy Rahmayadi - Musa Rajekshah}, {@code Tri Rismaharini-Whisnu Sakti Buana}). A dash
   * parts two names of two words or more each whose words next to it have four letters or more ({@code Yoon
   * Eun-Hye}, a Korean given name, stays), spaced in any language ({@code -}, {@code –}, {@code —}) and unspaced in
   * Indonesian and Malay only, where running mates are written so; there it also parts two short names when the
   * gazetteer knows one of them as a person ({@code Jokowi-JK}). Elsewhere an unspaced hyphen joins one name ({@code
   * Daniel Day-Lewis}), and no dash parts a name from a lower-case word ({@code Kim Jong-un}, {@code Son Heung -
   * min}). A spaced dash before a common word ends the name: {@code Logan Sargeant - Was …} is a headline's name and
   * its comment. A part that is one common word is no name ({@code Kuba Stezycki/File}). Other spans pass as they
   * are.
   */
  private List<NameSpan> pairedPeople(String text, List<NameSpan> spans, String lang, NameLexicon.Words words) {
    List<NameSpan> out = new ArrayList<>(spans.size());
    for (NameSpan span : spans) {
      if (span.type() != EntityType.PERSON || !hasSeparator(text, span)) {
        out.add(span);
        continue;
      }
      Matcher between = BETWEEN_PEOPLE.matcher(text).region(span.start(), span.end());
      int from = span.start();
      while (between.find()) {
        if (between.start() > from && between.end() < span.end() && Character.isUpperCase(text.charAt(between.end()))) {
          if (!commonOneWord(text, from, between.start(), lang, words)) {
            dashedPeople(text, new NameSpan(from, between.start(), span.type(), span.score()), lang, words, out);
          }
          from = between.end();
        }
      }
      if (from == span.start()) {
        dashedPeople(text, span, lang, words, out);
      } else if (!commonOneWord(text, from, span.end(), lang, words)) {
        dashedPeople(text, new NameSpan(from, span.end(), span.type(), span.score()), lang, words, out);
      }
    }
    return out;
  }

  /** Whether {@code span} has a slash, a dash or a {@code v} after a space ({@code vs}, {@code v.}, {@code versus}). */
  private static boolean hasSeparator(String text, NameSpan span) {
    for (int i = span.start() + 1; i < span.end(); i++) {
      char c = text.charAt(i);
      if (c == '/' || dash(c) || c == 'v' && text.charAt(i - 1) == ' ') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code text[start, end)} is one word that is no name: a function or common word of the language, or an
   * English dictionary word ({@code Reuters/Kuba Stezycki/File}: a credit's last part).
   */
  private boolean commonOneWord(String text, int start, int end, String lang, NameLexicon.Words words) {
    String word = text.substring(start, end);
    if (word.indexOf(' ') >= 0) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return words.stopWords().contains(lower) || commonWord(text, word, words)
        || "en".equals(lang) && lexicon.dictionaryWord(lower, lang);
  }

  /** Adds {@code span}, parted at the dashes between people's names (see {@link #pairedPeople}), to {@code out}. */
  private void dashedPeople(String text, NameSpan span, String lang, NameLexicon.Words words, List<NameSpan> out) {
    boolean joinedByHyphen = lang != null && CUE_FIRST_LANGUAGES.contains(lang);
    int from = span.start();
    for (int i = from + 1; i < span.end() - 1; i++) {
      char c = text.charAt(i);
      if (!dash(c)) {
        continue;
      }
      boolean spaced = text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ';
      if (!spaced && !(joinedByHyphen && c == '-' && Character.isLetter(text.charAt(i - 1)))) {
        continue;
      }
      int leftEnd = spaced ? i - 1 : i;
      int rightStart = spaced ? i + 2 : i + 1;
      if (rightStart >= span.end() || !Character.isUpperCase(text.charAt(rightStart))) {
        continue;
      }
      int rightEnd = text.indexOf(' ', rightStart);
      String next = text.substring(rightStart, rightEnd < 0 || rightEnd > span.end() ? span.end() : rightEnd);
      int leftWords = Tokenizer.tokens(text, from, leftEnd).size();
      int rightEndOfName = dashOrEnd(text, rightStart, span.end());
      List<Token> right = Tokenizer.tokens(text, rightStart, rightEndOfName);
      if (spaced && leftWords >= 2 && comment(text, right, lang, words)) {
        out.add(new NameSpan(from, leftEnd, span.type(), span.score())); // a headline's name and its comment
        return;
      }
      String last = text.substring(Math.max(from, text.lastIndexOf(' ', leftEnd - 1) + 1), leftEnd);
      if (leftWords >= 2 && right.size() >= 2 && pairedAtDash(text, last, next, spaced, right, words)
          || joinedByHyphen && leftWords == 1 && right.size() == 1 && nicknames(last, next, lang)) {
        out.add(new NameSpan(from, leftEnd, span.type(), span.score()));
        from = rightStart;
        i = rightStart;
      }
    }
    out.add(from == span.start() ? span : new NameSpan(from, span.end(), span.type(), span.score()));
  }

  /**
   * Whether the words {@code right} after a spaced dash are a headline's comment on the name before it, not a second
   * name: the first is a function word ({@code Liam Lawson - The Kiwi}), or a common or dictionary word that ends the
   * span or comes before another such word or a lower-case one ({@code Logan Sargeant - Was}; not {@code Hillary
   * Clinton - Bill Clinton}, {@code Ashraf Sinclair - Bunga Citra Lestari}).
   */
  private boolean comment(String text, List<Token> right, String lang, NameLexicon.Words words) {
    if (right.isEmpty()) {
      return false;
    }
    Token first = right.get(0);
    if (words.stopWords().contains(first.text().toLowerCase(Locale.ROOT))) {
      return true;
    }
    return commonOneWord(text, first.start(), first.end(), lang, words) && (right.size() == 1
        || !right.get(1).isCapitalized() || commonOneWord(text, right.get(1).start(), right.get(1).end(), lang, words));
  }

  /** The first letters of Arabic names that a hyphen joins to the next ({@code Abdul-Aziz}, {@code Abu-Bakr}). */
  private static final Set<String> JOINED_PREFIXES = Set.of("abdul", "abdel", "abd", "abu");

  /**
   * Whether a dash between {@code last} and {@code next} parts two names of two words or more each ({@code right},
   * the words after it): both words have four letters or more (a Korean given name's syllables have fewer: {@code
   * Yoon Eun-Hye}), and an unspaced hyphen also has six or more on one side ({@code Park Seong-Hoon}); neither is a
   * name connector or an Arabic name's first part ({@code Salman bin Abdul-Aziz Al-Saud}); and no word after the
   * dash is a common word of the language ({@code Catherine Zeta-Jones Hadir}: a title-case headline's verb).
   */
  private boolean pairedAtDash(String text, String last, String next, boolean spaced, List<Token> right,
      NameLexicon.Words words) {
    int a = letters(last);
    int b = letters(next);
    if (a < 4 || b < 4 || !spaced && Math.max(a, b) < 6 || nameGlue(last) || nameGlue(next)) {
      return false;
    }
    for (Token t : right) {
      if (commonWord(text, t.text(), words)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code word} is a name connector or the first part of an Arabic name ({@link #JOINED_PREFIXES}). */
  private boolean nameGlue(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lexicon.connectors().contains(lower) || JOINED_PREFIXES.contains(lower);
  }

  /**
   * Whether {@code left} and {@code right} name two running mates by their short names ({@code Anies-Sandi}, {@code
   * Jokowi-JK}): both capitalised, neither a name connector ({@code Al-Sudais}, {@code El-Sisi} are one name), and one
   * a person the gazetteer knows ({@code Eun-Hye}, a Korean given name, is one person).
   */
  private boolean nicknames(String left, String right, String lang) {
    for (String w : List.of(left, right)) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || nameGlue(w)) {
        return false;
      }
    }
    return knownPerson(left, lang) || knownPerson(right, lang);
  }

  private boolean knownPerson(String name, String lang) {
    return gazetteer.lookup(name, lang).filter(e -> e.type() == EntityType.PERSON).isPresent();
  }

  /** The letters in {@code word}: {@code Hye} has 3, so {@code Yoon Eun-Hye} is no pair of names. */
  private static int letters(String word) {
    int n = 0;
    for (int i = 0; i < word.length(); i++) {
      n += Character.isLetter(word.charAt(i)) ? 1 : 0;
    }
    return n;
  }

  /** Whether {@code c} is a hyphen or a dash that may part two people's names: {@code -}, {@code –}, {@code —}. */
  private static boolean dash(char c) {
    return c == '-' || c == '–' || c == '—';
  }

  /** The offset of the next dash between words at or after {@code from}, or {@code end}. */
  private static int dashOrEnd(String text, int from, int end) {
    for (int i = from + 1; i < end - 1; i++) {
      char c = text.charAt(i);
      if (dash(c) && !Character.isLowerCase(text.charAt(i + 1))) {
        return text.charAt(i - 1) == ' ' ? i - 1 : i;
      }
    }
    return end;
  }

  /**
   * A PERSON span without the degrees and post-nominals that end it ({@code Budi Santoso SIK MH}, {@code Sutami MSc},
   * {@code Abdullah Sitopan BA}; {@code post-nominals-common.txt}), so the person keeps one key whatever letters a
   * writer adds; a PERSON span of nothing else names nobody (null: {@code M.Epid}). Other spans, and spans written in
   * capitals, stay as they are.
   */
  private NameSpan withoutPostNominals(String text, NameSpan span) {
    if (span.type() != EntityType.PERSON) {
      return span;
    }
    int end = span.end();
    while (end > span.start()) {
      int wordStart = end;
      while (wordStart > span.start() && !afterNameSeparator(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      if (!lexicon.postNominals().contains(text.substring(wordStart, end).replace(".", ""))) {
        break;
      }
      end = wordStart;
      while (end > span.start() && afterNameSeparator(text.charAt(end - 1))) {
        end--;
      }
    }
    if (end == span.end() || inCapitals(text, span.start(), span.end())) {
      return span; // a headline in capitals (JACK MA RETURNS) has no degrees to tell apart
    }
    return end == span.start() ? null : new NameSpan(span.start(), end, span.type(), span.score());
  }

  /** Whether {@code text[start, end)} has no lower-case letter. */
  private static boolean inCapitals(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean afterNameSeparator(char c) {
    return Character.isWhitespace(c) || c == ',';
  }

  /**
   * An English PERSON span right after a person's title and {@code of} that opens with the office's field ({@code
   * Secretary of [State Antony Blinken]}, {@code Secretary of the [Treasury Janet Yellen]}: a trained finder takes the
   * field into the name) is the person named after the field: two or three capitalised words that are no field,
   * title, cue or common word of the language, after one to three field words ({@code office-fields-en.txt}, in
   * {@link NameLexicon}); a span of field words alone names nobody (null: {@code The Secretary of [State] said}).
   * Any other span stays as it is.
   */
  private static NameSpan afterOfficeField(String text, NameSpan span, String lang, NameLexicon.Words words) {
    if (!"en".equals(lang) || span.type() != EntityType.PERSON) {
      return span;
    }
    int of = text.startsWith("the ", span.start() - 4) ? span.start() - 4 : span.start(); // Secretary of the Treasury
    if (!text.startsWith("of ", of - 3)) {
      return span;
    }
    int wordEnd = of - 4;
    while (wordEnd > 0 && text.charAt(wordEnd - 1) == '.') {
      wordEnd--;
    }
    int wordStart = wordEnd;
    while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    if (wordStart == wordEnd || !words.isTitle(text.substring(wordStart, wordEnd))) {
      return span;
    }
    List<Token> tokens = Tokenizer.tokens(text, span.start(), span.end());
    int fields = 0;
    while (fields < tokens.size() && fields < 3 && words.officeFields().contains(tokens.get(fields).text()
        .toLowerCase(Locale.ROOT))) {
      fields++;
    }
    int rest = tokens.size() - fields;
    if (fields > 0 && rest == 0) {
      return null; // the field alone: The Secretary of [State] said
    }
    if (fields == 0 || rest < 2 || rest > 3) {
      return span;
    }
    for (Token t : tokens.subList(fields, tokens.size())) {
      String lower = t.text().toLowerCase(Locale.ROOT);
      if (!t.isCapitalized() || words.officeFields().contains(lower) || cueOrTitle(t.text(), words)
          || words.orgSuffixes().contains(lower) || words.placeCues().contains(lower)
          || commonWord(text, t.text(), words)) {
        return span;
      }
    }
    return new NameSpan(tokens.get(fields).start(), span.end(), EntityType.PERSON, span.score());
  }

  /**
   * An Indonesian PERSON span that opens with an office's field word right after the title and its other field words
   * ({@code Menko [Kemaritiman Rizal Ramli]}, {@code Menteri Komunikasi dan [Informatika Rudiantara]}: a trained finder
   * takes the field's last word into the name) is the person after the field words ({@code office-fields-id.txt}):
   * one to three capitalised words that are no field word, title or cue. Only when a title comes before the field
   * words, with {@code dan} between them; any other span stays as it is.
   */
  private static NameSpan afterIndonesianOfficeField(String text, NameSpan span, String lang,
      NameLexicon.Words words) {
    if (span.type() != EntityType.PERSON || lang == null || !CUE_FIRST_LANGUAGES.contains(lang)
        || words.officeFields().isEmpty()) {
      return span;
    }
    int firstEnd = text.indexOf(' ', span.start());
    if (firstEnd < 0 || firstEnd >= span.end()
        || !words.officeFields().contains(text.substring(span.start(), firstEnd).toLowerCase(Locale.ROOT))) {
      return span; // most names open with no field word: only their first word is looked at
    }
    List<Token> tokens = Tokenizer.tokens(text, span.start(), span.end());
    int fields = 0;
    while (fields < tokens.size()
        && words.officeFields().contains(tokens.get(fields).text().toLowerCase(Locale.ROOT))) {
      fields++;
    }
    int rest = tokens.size() - fields;
    if (fields == 0 || rest < 1 || rest > 3) {
      return span;
    }
    for (Token t : tokens.subList(fields, tokens.size())) {
      if (!t.isCapitalized() || words.officeFields().contains(t.text().toLowerCase(Locale.ROOT))
          || cueOrTitle(t.text(), words)) {
        return span;
      }
    }
    // back from the span over field words and dan to the title: Menteri [Komunikasi] dan [Informatika …]
    List<Token> before = Tokenizer.tokens(text, Math.max(0, span.start() - 80), span.start());
    for (int k = before.size() - 1; k >= 0; k--) {
      String word = before.get(k).text();
      String lower = word.toLowerCase(Locale.ROOT);
      if (words.isTitle(word)) {
        return new NameSpan(tokens.get(fields).start(), span.end(), EntityType.PERSON, span.score());
      }
      if (!(lower.equals("dan") || Character.isUpperCase(word.charAt(0)) && words.officeFields().contains(lower))) {
        return span;
      }
    }
    return span;
  }

  /**
   * A trained English finder's span with a possessive in it, as news writes "whose" before a name:
   * <ul>
   *   <li>a span ending in one loses it ({@code Apple's} → {@code Apple}, {@code Pep Guardiola's} → {@code Pep
   *       Guardiola}), unless the finder called it an organisation and the name before it is unknown
   *       ({@code Sainsbury's}, {@code Trader Joe's}: businesses are named so);</li>
   *   <li>a span that runs from a known name over its possessive into another name ({@code France's Emmanuel Macron},
   *       {@code Japan's Naoya Inoue}, {@code Norway's Equinor}: the finder reads "country's + name" as one name)
   *       becomes the known name and whatever the finder finds in the rest when it reads the sentence without the
   *       possessor, so the rest is typed on its own: a person, a company, a place, or nothing;</li>
   *   <li>a span the gazetteer knows whole ({@code McDonald's}, {@code People's Liberation Army}) and one whose
   *       possessor is unknown ({@code Assassin's Creed}, {@code Queen's Park}, {@code Takeshi's Castle}: titles and
   *       places named so) stay whole.</li>
   * </ul>
   */
  private List<NameSpan> possessives(String text, Sentence s, NameSpan span, String lang) {
    if (!"en".equals(lang) || finder instanceof CapitalizedNameFinder) {
      return List.of(span);
    }
    int apostrophe = -1; // where the possessor ends
    int markEnd = -1;
    for (int i = span.start() + 1; i < span.end() && apostrophe < 0; i++) {
      char c = text.charAt(i);
      // a space before 's only as tokenised text writes it (Apple 's Siri: CoNLL files, which eval ner joins by spaces)
      boolean spaced = text.charAt(i - 1) == ' ' && i - 2 > span.start() && Character.isLetter(text.charAt(i - 2));
      if ((c == '\'' || c == '’') && (Character.isLetter(text.charAt(i - 1)) || spaced)) {
        boolean sAfter = i + 1 < span.end() && text.charAt(i + 1) == 's'
            && (i + 2 == span.end() || text.charAt(i + 2) == ' ');
        boolean afterS = !spaced && text.charAt(i - 1) == 's' && (i + 1 == span.end() || text.charAt(i + 1) == ' ');
        if (sAfter || afterS) {
          apostrophe = spaced ? i - 1 : i;
          markEnd = sAfter ? i + 2 : i + 1;
        }
      }
    }
    if (apostrophe < 0 || gazetteer.lookup(text.substring(span.start(), span.end()), lang).isPresent()) {
      return List.of(span);
    }
    Optional<Gazetteer.Entry> known = gazetteer.lookup(text.substring(span.start(), apostrophe), lang)
        .filter(Gazetteer.Entry::sure);
    if (markEnd == span.end()) {
      // an unknown body's name may end so (Sainsbury's, Hackney's, Trader Joe's): the finder's organisation stays
      return known.isEmpty() && span.type() == EntityType.ORGANIZATION ? List.of(span)
          : List.of(new NameSpan(span.start(), apostrophe, span.type(), span.score()));
    }
    if (known.isEmpty()) {
      return List.of(span);
    }
    List<NameSpan> out = new ArrayList<>();
    out.add(new NameSpan(span.start(), apostrophe, known.get().type(), 1.0));
    int rest = markEnd;
    while (rest < span.end() && text.charAt(rest) == ' ') {
      rest++;
    }
    // the sentence again with the possessor blanked out, offsets unchanged: the finder types the rest on its own
    String blanked = text.substring(0, span.start()) + " ".repeat(rest - span.start()) + text.substring(rest);
    for (NameSpan found : finder.find(blanked, new Sentence(blanked.substring(s.start(), s.end()), s.start(), s.end()),
        lang)) {
      if (found.start() >= rest && found.end() <= span.end()) {
        out.add(found);
      }
    }
    return out;
  }

  /**
   * Each finder span that a known name starting with it runs past, extended to that name: a trained
   * finder can stop a word short ({@code Kim Jong} in {@code Kim Jong Un}) when the next word is
   * ambiguous on its own. Only words no other span holds are taken, unless the known name holds the other spans
   * whole ({@code [People's Republic] of [China]}: they go); the known name's type wins.
   */
  private List<NameSpan> completedByKnownNames(String text, List<Token> tokens, List<NameSpan> spans, String lang) {
    List<NameSpan> out = new ArrayList<>(spans.size());
    int t = 0;
    for (int k = 0; k < spans.size(); k++) {
      NameSpan span = spans.get(k);
      while (t < tokens.size() && tokens.get(t).start() < span.start()) {
        t++;
      }
      if (t == tokens.size() || tokens.get(t).start() != span.start()) {
        out.add(span);
        continue;
      }
      int from = t;
      Optional<Gazetteer.Entry> known = gazetteer.longest(text, tokens, t, knownNameReach(text, tokens, t, u -> false),
          lang).filter(e -> !regencyWrittenSmall(tokens, from, e, lang)); // Intan jaya milik …
      int reach = knownEnd(tokens, t, known);
      int after = k + 1; // the first span the known name does not hold whole
      while (after < spans.size() && spans.get(after).end() <= reach) {
        after++;
      }
      if (after < spans.size() && spans.get(after).start() < reach) {
        // it would cut a span: only the words before the next span
        int nextStart = spans.get(k + 1).start();
        known = gazetteer.longest(text, tokens, t,
            knownNameReach(text, tokens, t, u -> tokens.get(u).end() > nextStart), lang)
            .filter(e -> !regencyWrittenSmall(tokens, from, e, lang));
        after = k + 1;
      }
      int end = knownEnd(tokens, t, known);
      if (end > span.end()) {
        out.add(new NameSpan(span.start(), end, known.get().type(), span.score()));
        k = after - 1;
      } else {
        out.add(span);
      }
    }
    return out;
  }

  /** The end of {@code known}, a name starting at token {@code from}, or -1. */
  private static int knownEnd(List<Token> tokens, int from, Optional<Gazetteer.Entry> known) {
    return known.map(e -> tokens.get(from + e.tokens() - 1).end()).orElse(-1);
  }

  /**
   * The spans with each known name of two words or more that starts before a finder's span and holds it whole in place
   * of the spans inside it: the finder can see only the end of a long name ({@code Kepolisian Negara Republik
   * [Indonesia]}, {@code Bank of [England]}, {@code Universitas [Indonesia]}), and {@link #completedByKnownNames} extends
   * spans only forward. A known name that a span overlaps without lying inside it changes nothing; the known name's
   * type wins.
   */
  private List<NameSpan> knownNamesOverSpans(String text, List<Token> tokens, List<NameSpan> spans, String lang) {
    List<NameSpan> out = null;
    int k = 0; // the first span that does not end before token i
    int copied = 0; // spans before this index are in out (once out exists)
    for (int i = 0; i < tokens.size() && k < spans.size(); i++) {
      Token t = tokens.get(i);
      while (k < spans.size() && spans.get(k).end() <= t.start()) {
        k++;
      }
      if (k == spans.size() || !t.isCapitalized() || spans.get(k).start() <= t.start()) {
        continue; // no span after here, or a span starts here or holds this token: completedByKnownNames read it
      }
      int reach = knownNameReach(text, tokens, i, u -> false);
      if (tokens.get(reach - 1).end() <= spans.get(k).start()) {
        continue; // no span starts within a known name's reach from here
      }
      int from = i;
      Optional<Gazetteer.Entry> known = gazetteer.longest(text, tokens, i, reach, lang)
          .filter(e -> !regencyWrittenSmall(tokens, from, e, lang));
      int end = known.isEmpty() ? -1 : tokens.get(i + known.get().tokens() - 1).end();
      // the European Central Bank's Christine Lagarde: the tokens keep Bank's whole, so the known name ends before 's
      for (int p = i + Math.max(1, known.map(Gazetteer.Entry::tokens).orElse(0)); p < reach; p++) {
        Token last = tokens.get(p);
        if (possessive(text, last)) {
          Optional<Gazetteer.Entry> owner = gazetteer.lookup(text.substring(t.start(), last.end() - 2), lang);
          if (owner.isPresent()) {
            known = Optional.of(owner.get().withTokens(p - i + 1));
            end = last.end() - 2;
          }
          break; // a possessive ends any name
        }
      }
      if (known.isEmpty() || known.get().tokens() < 2) {
        continue;
      }
      int after = k; // the first span not inside the known name
      while (after < spans.size() && spans.get(after).end() <= end) {
        after++;
      }
      if (after > k && (after == spans.size() || spans.get(after).start() >= end)) {
        if (out == null) {
          out = new ArrayList<>(spans.size());
        }
        out.addAll(spans.subList(copied, k));
        out.add(new NameSpan(t.start(), end, known.get().type(), 1.0));
        copied = after;
        k = after;
        i += known.get().tokens() - 1;
      }
    }
    if (out == null) {
      return spans;
    }
    out.addAll(spans.subList(copied, spans.size()));
    return out;
  }

  /** Whether the token ends in a possessive {@code 's} or {@code ’s} after at least one letter of its own. */
  private static boolean possessive(String text, Token token) {
    int end = token.end();
    return end - token.start() > 2 && text.charAt(end - 1) == 's'
        && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019');
  }

  /**
   * One or two capitalised words and "of" right before a name: {@code Central Bank of }, {@code University of },
   * {@code Children's Hospital of }.
   */
  private static final Pattern HEAD_OF = Pattern.compile("(\\p{Lu}\\p{Ll}+(?:['’]s)? )?(\\p{Lu}\\p{Ll}+) of $");

  /**
   * The spans with each place that follows a body's head word and "of" taken into the body's name, as an
   * ORGANIZATION ({@code Bank of [Scotland]}, {@code Central Bank of [Nigeria]}, {@code University of [Oxford]}):
   * the finder saw only the place. The head word is an English org head ({@code org-heads-<lang>.txt}); a word
   * before it joins when it is capitalised and no function word or title ({@code Central}; not {@code The}).
   */
  private static List<NameSpan> bodiesOfPlaces(String text, List<NameSpan> spans, NameLexicon.Words words) {
    if (words.orgHeads().isEmpty()) {
      return spans;
    }
    List<NameSpan> out = null;
    for (int k = 0; k < spans.size(); k++) {
      NameSpan span = spans.get(k);
      int from = Math.max(k > 0 ? spans.get(k - 1).end() : 0, span.start() - 40);
      Matcher m = span.type() == EntityType.LOCATION && span.start() - from >= 6
          && text.startsWith(" of ", span.start() - 4) ? HEAD_OF.matcher(text).region(from, span.start()) : null;
      if (m != null && m.find() && (words.orgHeads().contains(m.group(2).toLowerCase(Locale.ROOT))
          || HEADS_BEFORE_OF.contains(m.group(2)))
          && (m.start(2) == 0 || !Character.isLetterOrDigit(text.charAt(m.start(2) - 1)))) {
        String before = m.group(1) == null ? null : m.group(1).strip();
        int start = before != null && !words.stopWords().contains(before.toLowerCase(Locale.ROOT))
            && !words.isTitle(before) && (m.start() == 0 || !Character.isLetterOrDigit(text.charAt(m.start() - 1)))
            ? m.start() : m.start(2);
        if (out == null) {
          out = new ArrayList<>(spans);
        }
        out.set(k, new NameSpan(start, span.end(), EntityType.ORGANIZATION, span.score()));
      }
    }
    return out == null ? spans : out;
  }

  /** {@code 's} (or {@code '} after an s) and one to three capitalised words after a name: {@code 's Association}. */
  private static final Pattern POSSESSIVE_TAIL =
      Pattern.compile("['’]s?(?: \\p{Lu}[\\p{L}\\p{M}]*){1,3}(?![\\p{L}\\p{N}])");
  /** Plural nouns that name a group: irregular ones take {@code 's}, regular ones {@code '}. */
  private static final Pattern GROUP_POSSESSOR = Pattern.compile("(?:\\p{L}*(?:men|ren|ple)['’]s|\\p{L}+s['’])");

  /**
   * A name ending in a group noun followed by a possessive and words ending in an organisation word is that
   * organisation ({@code Port Ellery Fishermen's Association}, {@code Farmers' Union}, {@code People's
   * Liberation Army}): the span is extended over them as an ORGANIZATION when no other span holds those words.
   * Not after a person or a known name ({@code Russia's Defence Ministry}, {@code Philippines' Foreign
   * Ministry}: the place stays a place).
   */
  private List<NameSpan> possessiveOrganisations(String text, List<NameSpan> spans, String lang,
      NameLexicon.Words words) {
    List<NameSpan> out = new ArrayList<>(spans.size());
    for (int k = 0; k < spans.size(); k++) {
      NameSpan span = spans.get(k);
      Matcher m = POSSESSIVE_TAIL.matcher(text).region(span.end(), text.length());
      int next = k + 1 < spans.size() ? spans.get(k + 1).start() : Integer.MAX_VALUE;
      if (span.type() != EntityType.PERSON && m.lookingAt()) {
        String[] tail = m.group().split(" ");
        int lastWord = text.lastIndexOf(' ', span.end() - 1) + 1;
        boolean group = GROUP_POSSESSOR.matcher(text).region(Math.max(lastWord, span.start()),
            span.end() + tail[0].length()).matches();
        int end = m.end();
        for (int w = tail.length - 1; w >= 1 && !words.orgCues().contains(tail[w].toLowerCase(Locale.ROOT)); w--) {
          end -= tail[w].length() + 1; // the organisation word ends the name: nothing after it is taken
        }
        if (group && end > span.end() + tail[0].length() && end <= next
            && gazetteer.lookup(text.substring(span.start(), span.end()), lang).isEmpty()) {
          out.add(new NameSpan(span.start(), end, EntityType.ORGANIZATION, span.score()));
          continue;
        }
      }
      out.add(span);
    }
    return out;
  }

  /**
   * How far a known name starting at token {@code from} can reach: the end (exclusive) of the run of tokens
   * joined by a single space or by a comma and a space (names of bodies list their fields: {@code Badan
   * Meteorologi, Klimatologi, dan Geofisika}), at most {@link Gazetteer#MAX_TOKENS} long, stopping before a
   * {@code taken} token.
   */
  private static int knownNameReach(String text, List<Token> tokens, int from, java.util.function.IntPredicate taken) {
    int limit = from + 1;
    while (limit < tokens.size() && limit - from < Gazetteer.MAX_TOKENS
        && joined(text, tokens.get(limit - 1).end(), tokens.get(limit).start()) && !taken.test(limit)) {
      limit++;
    }
    return limit;
  }

  /** Whether {@code text[end, start)}, between two tokens, is one space or a comma and a space. */
  private static boolean joined(String text, int end, int start) {
    return start == end + 1 ? text.charAt(end) == ' '
        : start == end + 2 && text.charAt(end) == ',' && text.charAt(end + 1) == ' ';
  }

  /**
   * Places the finder missed whole, named by one to three capitalised words and a geographic head word
   * ({@code place-heads-<lang>.txt}; English only): {@code Irish Sea}, {@code Wall Street}, {@code H Street}, {@code
   * Rocky Mountains}. None of the words may be in a span, a function word, a title or a possessive ({@code The Sea},
   * {@code President Park}, {@code Monday's Wall Street}); a word not right before the head may be no dictionary
   * word ({@code Shops Reopen Along Main Street}: a heading in capitals gives {@code Main Street}); the sentence's
   * first word may be none of the language's most frequent words nor end in -ly ({@code Every Street}, {@code
   * Naturally Park …}; -ing would also stop {@code Downing Street}, so {@code Rising Sea levels} stays a place); and no
   * capitalised word may follow the head after a space, where the name goes on as another thing's ({@code Wall Street
   * Journal}, {@code Oak Street Bakery}).
   */
  private List<NameSpan> missedPlaces(String text, List<Token> tokens, List<NameSpan> spans, String lang,
      NameLexicon.Words words) {
    List<NameSpan> out = List.of();
    for (int i = 1; i < tokens.size() && !words.placeHeads().isEmpty(); i++) {
      Token head = tokens.get(i);
      if (!head.isCapitalized() || !tokens.get(i - 1).isCapitalized()
          || !words.placeHeads().contains(head.text().toLowerCase(Locale.ROOT))
          || i + 1 < tokens.size() && tokens.get(i + 1).isCapitalized()
          && joinedBySpace(text, head, tokens.get(i + 1))) {
        continue;
      }
      int first = i;
      while (first > 0 && i - first < 3
          && placeNameWord(text, tokens, first - 1, first == i ? null : lang, words)) {
        first--;
      }
      if (first < i && !covered(spans, tokens.get(first).start(), head.end())) {
        if (out.isEmpty()) {
          out = new ArrayList<>();
        }
        out.add(new NameSpan(tokens.get(first).start(), head.end(), EntityType.LOCATION, 1.0));
      }
    }
    return out;
  }

  /**
   * Whether token {@code k}, a space before the next token, can open or go on a place's name ahead of its head
   * word; {@code lang} non-null when it is not right before the head, and so may be no dictionary word.
   */
  private boolean placeNameWord(String text, List<Token> tokens, int k, String lang, NameLexicon.Words words) {
    Token word = tokens.get(k);
    String lower = word.text().toLowerCase(Locale.ROOT);
    if (!word.isCapitalized() || !joinedBySpace(text, word, tokens.get(k + 1)) || word.text().indexOf('\'') >= 0
        || word.text().indexOf('’') >= 0 || words.stopWords().contains(lower) || words.isTitle(word.text())
        || words.orgCues().contains(lower) || words.placeHeads().contains(lower)
        || lang != null && lexicon.dictionaryWord(lower, lang)) {
      return false;
    }
    boolean opensSentence = k == 0 || !Tokenizer.hasLetterOrDigit(tokens.get(k - 1).text());
    return !opensSentence || !words.commonWords().contains(lower) && !lower.endsWith("ly");
  }

  /** A short form in brackets: two to six capitals ({@code CBS}, {@code BPS}, {@code NATO}). */
  private static final Pattern SHORT_FORM = Pattern.compile("\\p{Lu}{2,6}");

  /**
   * Names the finder missed that the text defines by their short form in brackets right after them, read by their
   * initials: {@code Canadian Blood Services (CBS)}, {@code Badan Pusat Statistik (BPS)}, {@code Federal Bureau of
   * Investigation (FBI)}. Each capitalised word gives the next letter of the short form; a function word between them
   * gives none ({@code of}, {@code and}, {@code dan}); every letter must be used, the name may overlap no span, and
   * one of its words must be a body's ({@link #bodyWordIn}: terms are defined so too). The type is the short form's
   * in the gazetteer, else ORGANIZATION; {@link #bracketedShortForms} then gives the short form the name's key.
   */
  private List<NameSpan> namesBeforeTheirShortForm(String text, List<Token> tokens, List<NameSpan> spans, String lang,
      NameLexicon.Words words) {
    List<NameSpan> out = List.of();
    for (int p = 1; p < tokens.size(); p++) {
      Token shortForm = tokens.get(p);
      String brief = shortForm.text();
      int at = shortForm.start();
      if (at < 2 || !text.startsWith(" (", at - 2) || !text.startsWith(")", shortForm.end())
          || tokens.get(p - 1).end() != at - 2 || !SHORT_FORM.matcher(brief).matches()) {
        continue;
      }
      int k = brief.length() - 1; // the letter still to find
      int q = p - 1; // the token read
      while (k >= 0 && q >= 0 && (q == p - 1 || joinedBySpace(text, tokens.get(q), tokens.get(q + 1)))) {
        Token t = tokens.get(q);
        if (t.isCapitalized() && Character.toUpperCase(t.text().charAt(0)) == brief.charAt(k)) {
          k--;
        } else if (k == brief.length() - 1 || !words.stopWords().contains(t.text().toLowerCase(Locale.ROOT))) {
          break;
        }
        q--;
      }
      if (k >= 0) {
        continue;
      }
      int start = tokens.get(q + 1).start();
      int end = tokens.get(p - 1).end();
      if (!covered(spans, start, end) && bodyWordIn(tokens, q + 1, p, words)) {
        if (out.isEmpty()) {
          out = new ArrayList<>();
        }
        out.add(new NameSpan(start, end, gazetteer.lookup(brief, lang).map(Gazetteer.Entry::type)
            .orElse(EntityType.ORGANIZATION), 1.0));
      }
    }
    return out;
  }

  /**
   * Whether one of {@code tokens[from, to)} is a body's word: an org cue or head of the language ({@code Services},
   * {@code Bureau}, {@code Badan}, {@code Komisi}; not a company word, which ends products and events too: {@code
   * Social Media Week}). News defines terms by their short forms too
   * ({@code Pajak Pertambahan Nilai (PPN)}, {@code Artificial Intelligence (AI)}), and those name no body.
   */
  private static boolean bodyWordIn(List<Token> tokens, int from, int to, NameLexicon.Words words) {
    for (int i = from; i < to; i++) {
      String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
      if (words.orgCues().contains(w) || words.orgHeads().contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The United States' party words that news uses as adjectives ({@code the Republican convention}, {@code a
   * Democrat opponent}); UNER, CoNLL and OntoNotes label them so as no organisation. Alone before a lower-case word
   * they name no body; the party's name ({@code Republican Party}) and the plural nouns ({@code the Democrats}) stay.
   */
  private static final Set<String> PARTY_ADJECTIVES = Set.of("Republican", "Democratic", "Democrat");

  /**
   * The languages whose news names the companies and services the finder misses with inner capitals ({@link
   * #missedBrandNames}): Indonesian and Malay. English's finder learnt such names from its training text, and what
   * it leaves out is mostly products and terms (news4k: {@code FaceTime}, {@code PlayStation}, {@code DevOps}).
   */
  private static final Set<String> BRAND_LANGUAGES = Set.of("id", "ms");

  /**
   * Companies and services the finder missed that are written as one word with inner capitals ({@code GrabCar},
   * {@code TransNusa}, {@code DailySocial}; {@link #brandWord}), an Indonesian clitic cut off ({@code GrabCarnya}),
   * standing alone: no capitalised word next to it after a space (but a sentence's first word), where it would be
   * part of a longer name. Not a hashtag, handle, path or e-mail address ({@code #UntukKorowai}, {@code
   * Kitabisa.com/UntukKorowai}), a product (a model number after it: {@code PlayStation 5}; a product cue before it:
   * {@code konsol}, {@code fitur}) nor a known place's short form ({@code JakPus}). Indonesian news writes bodies so
   * far more often than anything else (idner-news-2k's training file: 15 of 19 such words are organisations; a
   * product is the usual exception).
   */
  private List<NameSpan> missedBrandNames(String text, List<Token> tokens, List<NameSpan> spans, String lang) {
    List<NameSpan> out = List.of();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String w = t.text();
      if (w.length() < 5 || !Character.isUpperCase(w.charAt(0)) || !Character.isLowerCase(w.charAt(1))) {
        continue; // most tokens: no allocation below
      }
      int cut = clitic(w);
      int end = t.end() - cut;
      String word = cut == 0 ? w : w.substring(0, w.length() - cut);
      if (!brandWord(word) || covered(spans, t.start(), t.end())
          || t.start() > 0 && "#@/._".indexOf(text.charAt(t.start() - 1)) >= 0 || webAddressGoesOn(text, t.end())
          || i > 1 && tokens.get(i - 1).isCapitalized() && joinedBySpace(text, tokens.get(i - 1), t)
          || i + 1 < tokens.size() && (tokens.get(i + 1).isCapitalized()
              || Character.isDigit(tokens.get(i + 1).text().charAt(0))) && joinedBySpace(text, t, tokens.get(i + 1))
          || i > 0 && PRODUCT_CUES_ID.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))
          || gazetteer.lookup(word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT), lang)
              .filter(e -> e.type() == EntityType.LOCATION).isPresent()) {
        continue;
      }
      if (out.isEmpty()) {
        out = new ArrayList<>();
      }
      out.add(new NameSpan(t.start(), end, EntityType.ORGANIZATION, 1.0));
    }
    return out;
  }

  /** Whether every character of {@code word} is a capital letter ({@code OSCE}, {@code NYMEX}). */
  private static boolean capitals(String word) {
    for (int k = 0; k < word.length(); k++) {
      if (!Character.isUpperCase(word.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** A comma after a sentence's first word: a dateline's place ({@code DURBAN, South Africa}). */
  private static final Pattern DATELINE_COMMA = Pattern.compile(" ?,");

  /**
   * Acronyms that name no body: measures and indicators, offices and jobs, times and time zones, currencies, things,
   * diseases, drugs, weapons, laws, trade terms, share indices ({@code GDP}, {@code CEO}, {@code GMT}, {@code USD},
   * {@code SUV}, {@code HIV}, {@code THAAD}, {@code GDPR}, {@code FOB}, {@code FTSE}), kinds of body ({@code NGO}),
   * members' and officers' titles ({@code MSP}, {@code POTUS}) and places ({@code BARMM}, {@code DMZ}): the rule
   * would type them bodies.
   */
  private static final Set<String> THING_ACRONYMS = Set.of("GDP", "GNP", "CPI", "PPI", "PMI", "FDI", "ROI", "EPS",
      "YOY", "QOQ", "YTD", "IPO", "IPOS", "CEO", "CFO", "COO", "CTO", "CIO", "MEP", "MLA", "VIP", "GMT", "UTC", "EST",
      "EDT", "PST", "PDT", "CST", "CDT", "MST", "MDT", "BST", "CET", "CEST", "AEST", "WIB", "VAT", "GST", "ATM", "PIN",
      "USB", "GPS", "PDF", "URL", "API", "SMS", "VPN", "LED", "LCD", "DVD", "UFO", "UAV", "SUV", "ICBM", "WMD", "RPG",
      "IED", "LNG", "LPG", "CNG", "HIV", "AIDS", "DNA", "RNA", "MRI", "PTSD", "ADHD", "COVID", "SARS", "MERS", "ICU",
      "PPE", "BMI", "NFT", "ETF", "ESG", "DEI", "LGBT", "LGBTQ", "FAQ", "ASAP", "DIY", "FYI", "RSVP", "AKA", "TBA",
      "TBD", "NYC", "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "IDR", "SGD", "AUD", "CAD", "CHF", "HKD", "INR", "KRW",
      "MYR", "PHP", "THB", "BTC", "MVP", "MPH", "RPM", "FPS", "KWH", "MWH", "GWH", "GHZ", "MHZ", "GPU", "CPU", "RAM",
      "SSD", "IOT", "LLM", "AGI", "FTSE", "DAX", "CAC", "ADR", "GDR", "BPS", "OTC", "EBIT", "EBITDA", "NAV", "APR",
      "FOB", "CIF", "NGO", "CCTV", "SOS", "DUI", "GPA", "HDMI", "ISDN", "CUSIP", "ISIN", "NDA", "PPP", "QED", "RIP",
      "EKG", "ECG", "CBT", "IVF", "HVAC", "SEO", "DNS", "OLED", "JPEG", "THC", "CBD", "AWD", "WFH", "FOMO", "TLDR",
      "GDPR", "PCE", "VIX", "SOFR", "LIBOR", "KPI", "OKR", "AGM", "EGM", "MOU", "MOA", "TRO", "SONA", "PMLA", "UAPA",
      "THAAD", "HIMARS", "ATACMS", "LSD", "MDMA", "SDK", "OTP", "EGOT", "MSP", "MPP", "MNA", "TMO", "CISO", "POTUS",
      "FLOTUS", "SCOTUS", "BARMM", "NCR", "GTA", "DMZ", "LAC", "MCG", "SCG");

  /**
   * English acronyms of three to six capitals that no span covers and the gazetteer does not know ({@code OSCE},
   * {@code KDP}, {@code NYMEX}, {@code ICFTU}, {@code SLORC}): in news prose such a word is a body's name far more
   * often than anything else, and the English finder, trained on few of them, leaves most out. Not: a word in a
   * sentence with fewer words with a small letter than words in capitals (a headline, a table), a dateline's place
   * ({@code DURBAN, South Africa}), a word the dictionary knows written small ({@code
   * NOTE}, {@code PRESS}, and Roman numerals: {@code III}), one of {@link #THING_ACRONYMS}, a word next to another
   * capitalised word (not a function word: {@code The OSCE said}) or a number ({@code AMR Corp}, {@code Germany III},
   * {@code 20 MWH}: a name's or a measure's part), one in a web address, a credit's, nor one that the article never
   * shows acting as a body ({@link AcronymCues}: {@code KDP fighters} alone, {@code the HVAC system}).
   */
  private List<NameSpan> missedAcronyms(String text, List<Token> tokens, List<NameSpan> spans, AcronymCues cues,
      NameLexicon.Words words) {
    List<NameSpan> out = List.of();
    int small = -1; // how many of the sentence's words have a small letter: counted once, at the first candidate
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String w = t.text();
      if (w.length() < 3 || w.length() > 6 || !capitals(w)) {
        continue; // most tokens: no look-up below
      }
      if (small < 0) { // words with a small letter less words in capitals: at least as many
        small = 0;
        for (Token o : tokens) {
          small += o.text().chars().anyMatch(Character::isLowerCase) ? 1
              : o.text().chars().anyMatch(Character::isUpperCase) ? -1 : 0;
        }
      }
      if (small < 0 || THING_ACRONYMS.contains(w)
          || i == 0 && DATELINE_COMMA.matcher(text).region(t.end(), text.length()).lookingAt()
          || covered(spans, t.start(), t.end())
          || t.start() > 0 && "#@/._-".indexOf(text.charAt(t.start() - 1)) >= 0 || webAddressGoesOn(text, t.end())
          || t.end() < text.length() && "-.".indexOf(text.charAt(t.end())) >= 0 && t.end() + 1 < text.length()
              && Character.isLetterOrDigit(text.charAt(t.end() + 1))
          || i > 0 && nameOrNumber(tokens.get(i - 1)) && joinedBySpace(text, tokens.get(i - 1), t)
              && !words.stopWords().contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT)) // The OSCE said
          || i + 1 < tokens.size() && nameOrNumber(tokens.get(i + 1)) && joinedBySpace(text, t, tokens.get(i + 1))
          || lexicon.dictionaryWord(w.toLowerCase(Locale.ROOT), "en") || gazetteer.lookup(w, "en").isPresent()
          || credits.isCredit(text, t.start()) || !cues.acting(w)) {
        continue;
      }
      if (out.isEmpty()) {
        out = new ArrayList<>();
      }
      out.add(new NameSpan(t.start(), t.end(), EntityType.ORGANIZATION, 1.0));
    }
    return out;
  }

  /**
   * Reporting verbs right after a name: they make an acronym a body ({@code NYMEX said}) and a one-word name no city
   * or people ({@code Rodriguez said}).
   */
  private static final Set<String> REPORTING_VERBS = Set.of("said", "says", "told", "announced", "reported",
      "added", "warned", "urged", "denied", "confirmed");

  /**
   * An article's acronyms that act as bodies somewhere in it: after {@code the} with no small word after them ({@code
   * the OSCE said}, {@code the KDP,}, {@code the IRA's}; not {@code the HVAC system}), or right before a reporting
   * verb ({@code NYMEX said}). Each acronym is looked up once, over its own occurrences only.
   */
  private static final class AcronymCues {
    private final String text;
    private final Map<String, Boolean> acting = new HashMap<>();

    AcronymCues(String text) {
      this.text = text;
    }

    boolean acting(String acronym) {
      return acting.computeIfAbsent(acronym, this::actsSomewhere);
    }

    private boolean actsSomewhere(String acronym) {
      for (int at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + 1)) {
        int end = at + acronym.length();
        if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))
            || end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
          continue; // inside a longer word
        }
        boolean smallWordAfter = end + 1 < text.length() && text.charAt(end) == ' '
            && Character.isLowerCase(text.charAt(end + 1));
        if (smallWordAfter && REPORTING_VERBS.contains(wordAfter(text, end + 1))) {
          return true;
        }
        if (!smallWordAfter && at >= 4 && text.regionMatches(true, at - 4, "the ", 0, 4)
            && (at == 4 || !Character.isLetter(text.charAt(at - 5)))
            && !"under".equalsIgnoreCase(wordBefore(text, at - 4))) { // fined under the GDPR: a law
          return true;
        }
      }
      return false;
    }
  }

  /** Whether {@code t} is capitalised or opens with a digit: a name's or a measure's word next to an acronym. */
  private static boolean nameOrNumber(Token t) {
    return t.isCapitalized() || Character.isDigit(t.text().charAt(0));
  }

  /** Indonesian words before a product's or a term's name ({@code konsol PlayStation}, {@code tagar IndonesiaBisa}). */
  private static final Set<String> PRODUCT_CUES_ID = Set.of("konsol", "fitur", "teknologi", "tagar", "virus",
      "prosesor", "aplikasi");

  private static final String[] CLITICS = {"nya", "pun", "lah", "kah"};

  /** The length of an Indonesian clitic ending {@code word} ({@code GrabCarnya}, {@code WhatsApppun}), or 0. */
  private static int clitic(String word) {
    for (String c : CLITICS) {
      if (word.length() > c.length() + 4 && word.endsWith(c)) {
        return c.length();
      }
    }
    return 0;
  }

  /**
   * Whether a path or an e-mail address goes on at {@code end} ({@code KitaBisa/...}, {@code NamaKu@...}); a domain
   * name is the site's, a body's name ({@code DailySocial.id}, {@code KitaBisa.com}).
   */
  private static boolean webAddressGoesOn(String text, int end) {
    return end + 1 < text.length() && (text.charAt(end) == '/' || text.charAt(end) == '@');
  }

  /**
   * A capital, two lower-case letters, then letters whose every capital starts a lower-case part ({@code GrabCar},
   * {@code BlackRock}); not a surname with a prefix ({@code McConnell}, {@code DeSantis} have one letter before the
   * inner capital; {@code MacKenzie}, {@code VanderWal}, {@code VonDrehle} are left out by their prefix), an acronym
   * with lower-case letters ({@code VoIP}, {@code MoU}) nor words run together with one in capitals ({@code KompasTV},
   * {@code FinFET}: as often a channel or a term as a body, and text that lost its spaces: {@code QualificationWUP}).
   */
  static boolean brandWord(String word) {
    int n = word.length();
    if (n < 5 || !Character.isUpperCase(word.charAt(0)) || !Character.isLowerCase(word.charAt(1))
        || word.startsWith("Mac") || word.startsWith("Van") || word.startsWith("Von")) {
      return false;
    }
    boolean inner = false;
    for (int k = 2; k < n; k++) {
      char c = word.charAt(k);
      boolean upper = Character.isUpperCase(c);
      if (!Character.isLetter(c) || upper && (k == 2 || k + 1 == n || !Character.isLowerCase(word.charAt(k + 1)))) {
        return false;
      }
      inner |= upper;
    }
    return inner;
  }

  /** Whether one space, and nothing else, is between tokens {@code a} and {@code b}. */
  private static boolean joinedBySpace(String text, Token a, Token b) {
    return b.start() == a.end() + 1 && text.charAt(a.end()) == ' ';
  }

  /**
   * Gazetteer names in the sentence that start with a capital (or are aliases), or are a one-word name listed in
   * lower case and written so ({@link Gazetteer#lowerCaseName}), and overlap no span.
   */
  private List<NameSpan> missedKnownNames(String text, List<Token> tokens, List<NameSpan> spans, String lang) {
    List<NameSpan> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (!t.isCapitalized() && articledPartEnd(text, t.start()) != t.end() || covered(spans, t.start(), t.end())) {
        Optional<Gazetteer.Entry> brand = t.isCapitalized() ? Optional.empty()
            : gazetteer.lowerCaseName(text, t.start(), t.end()); // eBay, detikcom
        if (brand.isPresent() && !covered(spans, t.start(), t.end())) {
          out.add(new NameSpan(t.start(), t.end(), brand.get().type(), 1.0));
        }
        i++;
        continue;
      }
      int initialism = Slugs.initialismEnd(text, t.start()); // U.S., U.N.: the tokens split them at the dots
      if (initialism > 0) {
        // the dotted lookup takes only the English acronyms, and only in English (see Gazetteer): A.P. Moller-Maersk,
        // D.P.R. Korea and Syafii, M.A. name none of them
        Optional<Gazetteer.Entry> known = gazetteer.lookup(text.substring(t.start(), initialism), lang);
        if (known.isPresent() && !covered(spans, t.start(), initialism)) {
          out.add(new NameSpan(t.start(), initialism, known.get().type(), 1.0));
        }
        i = Math.max(tokenAt(tokens, i, initialism), i + 1);
        continue;
      }
      int limit = knownNameReach(text, tokens, i, u -> covered(spans, tokens.get(u).start(), tokens.get(u).end()));
      int at = i;
      Optional<Gazetteer.Entry> known = gazetteer.longest(text, tokens, i, limit, lang)
          .filter(e -> (!gazetteer.placeByContext(e) || regencyPlaced(text, t.start(), lang))
              && !regencyWrittenSmall(tokens, at, e, lang));
      if (known.isPresent()) {
        int end = i + known.get().tokens();
        out.add(new NameSpan(t.start(), tokens.get(end - 1).end(), known.get().type(), 1.0));
        i = end;
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * Whether {@code e}, a name matched at {@code tokens[from]}, is a regency with a word after its first written small
   * that is no stop word: {@code Pesisir selatan Jawa}, {@code Lima puluh kota di dunia} are no regency the gazetteer
   * lists capitalised ({@code Pesisir Selatan}), though it matches names in any case. Regencies only: English news
   * writes {@code Metropolitan police}, {@code Palestinian territories}.
   */
  private boolean regencyWrittenSmall(List<Token> tokens, int from, Gazetteer.Entry e, String lang) {
    if (!gazetteer.isRegency(e)) {
      return false;
    }
    for (int k = from + 1; k < from + e.tokens(); k++) {
      String word = tokens.get(k).text();
      if (Character.isLowerCase(word.charAt(0)) && !lexicon.words(lang).stopWords().contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Closing quotes that may end a quotation right before its reporting verb ({@code "…," kata Budi}). */
  private static final String CLOSING_QUOTES = "\"”’'»";

  /** The longest speaker {@link #quotedSpeakers} takes, in words. */
  private static final int MAX_SPEAKER_WORDS = 3;

  /**
   * The speakers news names right after a reporting verb that takes its speaker after it (the claim cues' INVERT
   * kind) when the verb follows a comma or a closing quote: {@code "…," ujar Ibra kepada wartawan},
   * {@code …, kata Pellegrini.}, {@code …, said Okafor on Monday}. One to three capitalised words, one space apart,
   * right after the verb and a space, that no span covers and that end where a speaker ends (see
   * {@link #speakerEnds}), are a PERSON, unless one is written in capitals ({@code said TMZ}) or the first is a
   * title or cue ({@code kata Menteri Perindustrian}: the finder reads the name after the office), a common word or
   * written in lower case elsewhere in the article ({@code said Tuesday} is left to the date rules as well). A
   * trained finder misses many such one-word names (surnames of foreign players and coaches in sports news), having
   * only the words around them, and this position says more surely than most that a person is named.
   */
  private List<NameSpan> quotedSpeakers(String text, Sentence s, List<Token> tokens, List<NameSpan> taken, String lang,
      NameLexicon.Words words) {
    List<NameSpan> out = new ArrayList<>();
    ClaimCues c = cues.getOrDefault(lang, cues.get(Languages.UNDETERMINED));
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token cue = tokens.get(i);
      // the character test first: few words follow a comma or quote, and the cue look-up costs most
      int gap = i == 0 ? s.start() : tokens.get(i - 1).end();
      if (!afterCommaOrQuote(text, cue.start(), gap) || cue.isCapitalized() || !c.is("INVERT", cue.text())) {
        continue;
      }
      int from = i + 1;
      if (!nextCapitalisedWord(text, tokens, from)) {
        continue;
      }
      int to = from + 1;
      while (to < tokens.size() && nextCapitalisedWord(text, tokens, to)) {
        to++;
      }
      if (to - from > MAX_SPEAKER_WORDS) {
        continue; // a longer run: a title phrase, or a name the finder read (or refused)
      }
      Token first = tokens.get(from);
      int start = first.start();
      int end = tokens.get(to - 1).end();
      if (!speakerEnds(text, tokens, to, end, s.end(), c) || acronymIn(tokens, from, to)
          || covered(taken, start, end) || cueOrTitle(first.text(), words) || commonWord(text, first.text(), words)) {
        continue;
      }
      out.add(new NameSpan(start, end, EntityType.PERSON, 1.0));
    }
    return out;
  }

  /** Punctuation that may end a speaker's name: the sentence or clause goes on after it, or a quotation opens. */
  private static final String AFTER_SPEAKER = ",.;:!?\"“”’')»";

  /**
   * Whether a speaker ending at {@code end} (before token {@code next}) ends there: at the sentence's end, before
   * punctuation that closes a clause, or before a word that ends a speaker phrase (the claim cues' STOP kind:
   * {@code kata Ibra kepada wartawan}, {@code said Okafor on Monday}). Not before {@code of}, {@code dan},
   * {@code &} or another word: {@code kata Koordinator Divisi Hukum dan …}, {@code said Head of …} are offices.
   */
  private static boolean speakerEnds(String text, List<Token> tokens, int next, int end, int sentenceEnd,
      ClaimCues c) {
    int i = end;
    while (i < sentenceEnd && text.charAt(i) == ' ') {
      i++;
    }
    if (i >= sentenceEnd || AFTER_SPEAKER.indexOf(text.charAt(i)) >= 0) {
      return true;
    }
    return next < tokens.size() && tokens.get(next).start() == i
        && c.is("STOP", tokens.get(next).text().toLowerCase(Locale.ROOT));
  }

  /** Whether one of {@code tokens[from, to)} is written in capitals ({@code said TMZ}: bodies more than people). */
  private static boolean acronymIn(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (acronym(tokens.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code k} is capitalised and follows token {@code k - 1} after a single space. */
  private static boolean nextCapitalisedWord(String text, List<Token> tokens, int k) {
    int gap = tokens.get(k - 1).end();
    return tokens.get(k).isCapitalized() && tokens.get(k).start() == gap + 1 && text.charAt(gap) == ' ';
  }

  /**
   * Whether the nearest non-space character before {@code at}, after {@code from} (the end of the word before), is a
   * comma or closing quote.
   */
  private static boolean afterCommaOrQuote(String text, int at, int from) {
    int i = at - 1;
    while (i >= from && text.charAt(i) <= ' ') {
      i--;
    }
    return i >= from && (text.charAt(i) == ',' || CLOSING_QUOTES.indexOf(text.charAt(i)) >= 0);
  }

  /** The index of the first of {@code tokens}, from {@code from}, that does not end before {@code end}. */
  private static int tokenAt(List<Token> tokens, int from, int end) {
    int k = from;
    while (k < tokens.size() && tokens.get(k).end() <= end) {
      k++;
    }
    return k;
  }

  private static boolean covered(List<NameSpan> spans, int start, int end) {
    for (NameSpan s : spans) {
      if (s.start() < end && start < s.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A span of known names joined by hyphens ({@code Rusia-Ukraina}, {@code Korea-Jepang}) as one span
   * per name; any other span as itself.
   */
  private List<NameSpan> splitJoinedNames(String text, NameSpan span, String lang) {
    String surface = text.substring(span.start(), span.end());
    if (surface.indexOf('-') < 0 || gazetteer.lookup(surface, lang).isPresent()) {
      return List.of(span);
    }
    List<NameSpan> parts = new ArrayList<>();
    int from = span.start();
    for (String part : surface.split("-", -1)) {
      Optional<Gazetteer.Entry> known = part.isEmpty() ? Optional.empty() : gazetteer.lookup(part, lang);
      if (known.isEmpty()) {
        return List.of(span);
      }
      parts.add(new NameSpan(from, from + part.length(), known.get().type(), 1.0));
      from += part.length() + 1;
    }
    return parts;
  }

  /**
   * A span that opens with a known place and goes on with an unknown name of 2–4 capitalised words or a known person's
   * name of 1-4 ({@code Korea Utara Kim Jong Un}, {@code Rusia Vladimir Putin}, {@code Jakarta Ahok}: a trained finder
   * reads the news
   * habit "leader of country + name" as one name) becomes the place and a PERSON; a remainder holding
   * an organisation or place cue or a company word stays joined ({@code Jawa Tengah Provinsi …}), unless the
   * whole remainder is a known organisation ({@code New York Federal Reserve}: the place and the body).
   */
  private List<NameSpan> splitKnownPlacePrefix(String text, List<NameSpan> spans, String lang,
      NameLexicon.Words words) {
    if (finder instanceof CapitalizedNameFinder) { // the baseline segments runs itself
      return spans;
    }
    List<NameSpan> out = new ArrayList<>();
    for (NameSpan whole : spans) {
      NameSpan found = withoutMayorsKota(text, whole, lang);
      List<Token> foundTokens = Tokenizer.tokens(text, found.start(), found.end());
      NameSpan ranked = withoutRanksAtEnds(text, found, foundTokens, words);
      // degrees go first, so that the title split below sees the name (Kapolres Bogor AKBP Rio Anggoro SIK MSi)
      NameSpan span = ranked == null ? null : withoutPostNominals(text, ranked);
      if (span == null) {
        continue;
      }
      List<Token> tokens = span == found ? foundTokens : Tokenizer.tokens(text, span.start(), span.end());
      boolean wholeKnown = gazetteer.lookup(text.substring(span.start(), span.end()), lang).isPresent();
      String before = wordBefore(text, span.start());
      String lowerBefore = before.toLowerCase(Locale.ROOT);
      boolean regencyOffice = REGENCY_OFFICES.contains(lowerBefore);
      // (an office of the place's, not any title: Dosen Intan Jaya Kusuma; and the place no given name of the lists:
      // Kapten Jordan Henderson)
      boolean officeHolder = INDONESIAN_AND_MALAY.contains(lang) && !tokens.isEmpty()
          && (regencyOffice || PLACE_OFFICES.contains(lowerBefore))
          && !lexicon.givenName(tokens.get(0).text().toLowerCase(Locale.ROOT), "en");
      // two words part only as a place and a known name (Jakarta Ahok, Inggris Chelsea; in a span the finder called a
      // person, only after a place's acronym: RI Soeharto) or, after an Indonesian office, a name (Bupati Lamongan
      // Fadeli): most two-word spans, people or names whose second word names nothing alone, are looked up no further
      Optional<Gazetteer.Entry> known = tokens.size() < 2 || wholeKnown || tokens.size() == 2 && !officeHolder
          && (span.type() == EntityType.PERSON && !acronym(tokens.get(0).text())
              || gazetteer.lookup(tokens.get(1).text(), lang).isEmpty())
          ? Optional.empty() : gazetteer.longest(tokens, 0, tokens.size(), lang);
      int rest = known.map(Gazetteer.Entry::tokens).orElse(0);
      List<Token> remainder = tokens.subList(rest, tokens.size());
      boolean placeFirst = known.isPresent() && known.get().type() == EntityType.LOCATION && !remainder.isEmpty()
          && (known.get().sure() || gazetteer.placeByContext(known.get()) && regencyOffice);
      if (!placeFirst && known.isPresent() && known.get().sure() && known.get().type() == EntityType.ORGANIZATION
          && remainder.size() >= 2 && remainder.size() <= 3 && personAfterBody(text, remainder, words)
          && noKnownName(remainder, lang)
          && !gazetteer.isCompanyName(text.substring(span.start(), tokens.get(rest - 1).end()))) {
        out.add(new NameSpan(span.start(), tokens.get(rest - 1).end(), EntityType.ORGANIZATION, 1.0));
        out.add(new NameSpan(remainder.get(0).start(), span.end(), EntityType.PERSON, span.score()));
        continue; // a known body and the person after it (no company: Honda Wijaya)
      }
      // the longest known name the rest opens with, looked up once for both readings below
      Optional<Gazetteer.Entry> restOpens = placeFirst ? gazetteer.longest(remainder, 0, remainder.size(), lang)
          : Optional.empty();
      boolean knownPerson = restOpens.map(e -> e.type() == EntityType.PERSON && e.tokens() == remainder.size())
          .orElse(false); // Gubernur Jakarta Ahok: a known person may be one word
      // after an Indonesian office and its place, one name is its holder's (Bupati Lamongan Fadeli, Wali Kota Solo
      // Gibran); not in English, where a given name may be a place's (Mayor London Breed)
      boolean holder = officeHolder && remainder.size() == 1
          && !acronym(remainder.get(0).text()) && !commonWord(text, remainder.get(0).text(), words)
          && !weekday(text, remainder.get(0).start(), remainder.get(0).end(), lang);
      boolean person = placeFirst && (remainder.size() >= 2 || knownPerson || holder) && remainder.size() <= 4
          && remainder.stream().allMatch(Token::isCapitalized)
          && (knownPerson || restOpens.isEmpty() && noKnownBodyOrPlace(text, remainder, lang, false))
          && remainder.stream().map(t -> t.text().toLowerCase(Locale.ROOT)).noneMatch(w -> words.orgCues().contains(w)
              || words.placeCues().contains(w) || words.orgSuffixes().contains(w) || words.titles().contains(w))
          // and not all English words: Melbourne Cricket Ground, Geneva Motor Show, Toronto Blue Jays
          && !englishWords(remainder)
          // nor a headline's words the article writes in lower case (di Sampang Terkena Puting Beliung), unless an
          // office stands before the place (Wali Kota Tasikmalaya Budi Budiman, with budi pekerti in the article)
          && (knownPerson || regencyOffice || words.isTitle(before) || !wordsInLowerCase(text, remainder, lang));
      // the rest is itself a known body ({@code New York Federal Reserve}, {@code UK Labour Party}): place and body
      // (only when the finder did not call the whole an organisation: New Zealand Labour Party is one body)
      boolean body = !person && span.type() != EntityType.ORGANIZATION
          && restOpens.map(e -> e.sure() && e.type() == EntityType.ORGANIZATION && e.tokens() == remainder.size())
              .orElse(false);
      if (!person && !body) {
        out.addAll(splitAtTitle(text, span, tokens, wholeKnown, lang, words));
        continue;
      }
      out.add(new NameSpan(span.start(), tokens.get(rest - 1).end(), EntityType.LOCATION, 1.0));
      out.add(new NameSpan(remainder.get(0).start(), span.end(), person ? EntityType.PERSON : EntityType.ORGANIZATION,
          span.score()));
    }
    return out;
  }

  /**
   * Whether {@code tokens} are two words or more, none a given name of {@code lang}, that the article all writes in
   * lower case elsewhere too ({@code Terkena Puting Beliung}): a title-case headline's words, not a name's. Not when
   * some are (a name's words may be words: {@code Intan Permata Sari} and {@code intan dan permata}; {@code Theresa
   * May}).
   */
  private boolean wordsInLowerCase(String text, List<Token> tokens, String lang) {
    if (tokens.size() < 2) {
      return false;
    }
    for (Token t : tokens) {
      String lower = t.text().toLowerCase(Locale.ROOT);
      if (lexicon.givenName(lower, lang) || !CapitalizedNameFinder.writesInLowerCase(text, lower)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The span without the {@code Kota} that opens it right after {@code Wali} ({@code Wali [Kota Surabaya]}, {@code
   * Wakil Wali [Kota Bogor Usmar Hariman]}): the word belongs to the mayor's title, and the city is named after it,
   * unless the gazetteer lists the city with its {@code Kota}.
   */
  private NameSpan withoutMayorsKota(String text, NameSpan span, String lang) {
    int after = span.start() + "Kota ".length();
    if (!INDONESIAN_AND_MALAY.contains(lang) || after >= span.end() || !text.startsWith("Kota ", span.start())
        || !Character.isUpperCase(text.charAt(after)) || !wordBefore(text, span.start()).equalsIgnoreCase("wali")
        || gazetteer.longest(Tokenizer.tokens(text, span.start(), span.end()), 0, 2, lang).isPresent()) {
      return span; // a city listed with its Kota keeps it (Kota Batu: batu is a word, Batu alone no place)
    }
    return new NameSpan(after, span.end(), span.type(), span.score());
  }

  /**
   * Words of direction that end regions' names ({@code Sumba Barat Daya}, {@code Toraja Utara}, {@code Halmahera
   * Utara}): after a body they name its branch, not a person ({@code KPU Sumba Barat Daya}).
   */
  private static final Set<String> COMPASS = Set.of("utara", "selatan", "barat", "timur", "tengah", "tenggara", "daya",
      "laut", "raya", "north", "south", "east", "west", "central");

  /** Whether the gazetteer knows no name that starts at any of {@code tokens} ({@code NATO [Brussel Belgia]}). */
  private boolean noKnownName(List<Token> tokens, String lang) {
    return !knownNameIn(tokens, lang, (known, k) -> true);
  }

  /**
   * Whether the gazetteer knows a name that starts at one of {@code tokens} (the longest there) and that {@code
   * counts}, given the entry and the index of the token it starts at.
   */
  private boolean knownNameIn(List<Token> tokens, String lang,
      java.util.function.BiPredicate<Gazetteer.Entry, Integer> counts) {
    for (int k = 0; k < tokens.size(); k++) {
      Optional<Gazetteer.Entry> known = gazetteer.longest(tokens, k, tokens.size(), lang);
      if (known.isPresent() && counts.test(known.get(), k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the gazetteer knows for sure no body or place (a company, whose name is also a surname, aside: {@code
   * Keisuke Honda}) that starts at any of {@code tokens} ({@code Afrika [Bersatu Perserikatan Bangsa-Bangsa]} is no
   * person; a name another language gives a place is no sure place: {@code Yunan Achmadi}). A place of one word
   * counts only when {@code onePlaceWord}: surnames are places too ({@code Amerika [Denzel Washington]}).
   */
  private boolean noKnownBodyOrPlace(String text, List<Token> tokens, String lang, boolean onePlaceWord) {
    return !knownNameIn(tokens, lang, (known, k) -> known.sure() && known.type() != EntityType.PERSON
        && (onePlaceWord || known.type() != EntityType.LOCATION || known.tokens() > 1)
        && !gazetteer.isCompanyName(text.substring(tokens.get(k).start(), tokens.get(k + known.tokens() - 1).end())));
  }

  /**
   * Whether the two or three words after a known body in one span ({@code Politikus [PDI Perjuangan Guruh
   * Soekarnoputra]}: a trained finder reads the news habit "party + member" as one name) name a person: each
   * capitalised and no acronym, and none a direction word ({@link #COMPASS}), cue, head, suffix, title, event word,
   * common word of the language or English dictionary word, so that {@code UEFA Champions League}, {@code FIFA World
   * Cup} and, in Indonesian news too, {@code ASEAN Humanitarian Assistance} stay one name.
   */
  private boolean personAfterBody(String text, List<Token> remainder, NameLexicon.Words words) {
    for (Token t : remainder) {
      String w = t.text().toLowerCase(Locale.ROOT);
      if (!t.isCapitalized() || acronym(t.text()) || COMPASS.contains(w) || cueOrTitle(t.text(), words)
          || words.eventCues().contains(w)
          || words.orgHeads().contains(w) || words.placeHeads().contains(w) || words.stopWords().contains(w)
          || commonWord(text, t.text(), words) || lexicon.dictionaryWord(w, "en")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The span without the military or police ranks and their branch words that end it ({@code ranks-<lang>.txt}:
   * {@code [BNPB Letjen TNI] Doni Monardo} is BNPB, {@code Panglima [TNI Marsekal] Hadi} is TNI) and without the
   * branch words that open it right after a rank ({@code Kolonel [Inf Novi Helmy]} is the PERSON Novi Helmy, whatever
   * the finder typed it); null when nothing else is left. Ranks that open a span are left to {@link #splitAtTitle},
   * which counts their branch words as titles too ({@code Kombes Pol Yusri Yunus} is Yusri Yunus). Languages without
   * a rank list keep every span.
   */
  private static NameSpan withoutRanksAtEnds(String text, NameSpan span, List<Token> tokens,
      NameLexicon.Words words) {
    if (words.ranks().isEmpty()) {
      return span;
    }
    int n = tokens.size();
    int end = n;
    boolean branchOrCapitals = false; // a trailing rank is cut with its branch (Letjen TNI) or in capitals (AKBP)
    while (end > 0) {
      String word = tokens.get(end - 1).text();
      boolean rank = words.ranks().contains(bare(word));
      if (!rank && !branchAfterRank(tokens, end - 1, words)) {
        break;
      }
      branchOrCapitals |= !rank || acronym(word);
      end--;
    }
    if (end < n && span.type() == EntityType.PERSON && !branchOrCapitals) {
      end = n; // a person's name may end in a rank's word alone (Miuccia Prada)
    }
    int start = 0;
    if (rankBefore(text, span.start(), words)) {
      while (start < end && words.rankBranches().contains(bare(tokens.get(start).text()))) {
        start++;
      }
    }
    if (start == 0 && end == n) {
      return span;
    }
    // what follows a rank and its branch is a person (Laksda TNI [Amarulla Octavian], which the finder read as a body)
    return start >= end ? null : new NameSpan(tokens.get(start).start(), tokens.get(end - 1).end(),
        start > 0 && !acronym(tokens.get(start).text()) ? EntityType.PERSON : span.type(), span.score());
  }

  /** Whether token {@code k} is a branch word right after a rank or after another such branch word (Letjen TNI). */
  private static boolean branchAfterRank(List<Token> tokens, int k, NameLexicon.Words words) {
    int j = k;
    while (j > 0 && words.rankBranches().contains(bare(tokens.get(j).text()))) {
      j--;
    }
    return j < k && words.ranks().contains(bare(tokens.get(j).text()));
  }

  /** Whether the word right before {@code start} (spaces aside) is a capitalised rank or branch word. */
  private static boolean rankBefore(String text, int start, NameLexicon.Words words) {
    String word = wordBefore(text, start);
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return false; // kali pertama Polri, patroli udara TNI AU: ordinary words
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return words.ranks().contains(lower) || words.rankBranches().contains(lower);
  }

  /**
   * Whether a title comes right before {@code start}, perhaps with its dot ({@code Minister Orban}, {@code Mr.
   * French}).
   */
  private static boolean titledAt(String text, int start, NameLexicon.Words words) {
    String word = wordBefore(text, start, true);
    return !word.isEmpty() && words.isTitle(word);
  }

  /**
   * The letters that end right before the spaces before {@code start} ({@code Kombes} for the span after {@code
   * Kombes }); empty when no space comes right before {@code start} or no letter before the spaces.
   */
  private static String wordBefore(String text, int start) {
    return wordBefore(text, start, false);
  }

  /**
   * {@link #wordBefore(String, int)}; with {@code dotted}, the word's one dot right before the spaces is left out
   * ({@code Mr.}).
   */
  private static String wordBefore(String text, int start, boolean dotted) {
    int before = start - 1;
    while (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    if (before == start - 1) {
      return "";
    }
    if (dotted && before >= 0 && text.charAt(before) == '.') {
      before--;
    }
    int wordStart = before + 1;
    while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    return text.substring(wordStart, before + 1);
  }

  /**
   * A span that runs from a name over a person's title into the person's name ({@code Florida Governor Ron
   * DeSantis}, {@code Harvard President Claudine Gay}, {@code Cornell University Professor Esther Angert}, {@code
   * U.S. and President Joe Biden}: a trained finder reads the news habit "body + title + name" as one name) becomes
   * the name before the first title, if it is one, and a PERSON of the one to four capitalised words after the last.
   * What comes before the title is kept when the gazetteer knows it or a cue word types it; otherwise only when the
   * finder did not call the whole span a person (then it keeps the finder's type). An acronym or known name opening
   * the words after the last title is the office's body when two words or more are left ({@code Juru Bicara KPK Febri
   * Diansyah}: ORGANIZATION KPK, PERSON Febri Diansyah). The person's words hold no title, organisation, place or
   * company word and no acronym ({@code General Motors}, {@code Major League Baseball} stay); a one-word person is
   * taken only from a span the finder called a PERSON and only after nothing but titles ({@code President Biden}),
   * or from any span after nothing but forms of address ({@code Ms Pugh}, which the finder may call a place) or
   * after a name and a title in lower case ({@code Real Madrid captain Marcelo}: no name holds such a word), or when
   * the gazetteer knows the word as a person ({@code Halmahera Utara Presiden Jokowi}),
   * never after a name ({@code Nat King Cole}) nor from a place's or a body's span ({@code Raja Ampat}, {@code General
   * Electric}); a span whose words before the title are all cue words names a place after a person ({@code Jalan
   * Jenderal Sudirman}) and stays whole. A span of titles only names nobody. A span the gazetteer knows whole
   * ({@code wholeKnown}, looked up by the caller) stays whole.
   */
  private List<NameSpan> splitAtTitle(String text, NameSpan span, List<Token> tokens, boolean wholeKnown, String lang,
      NameLexicon.Words words) {
    int n = tokens.size();
    if (n == 0 || wholeKnown) {
      return List.of(span);
    }
    int titles = 0; // a loop, not two streams: every span comes here
    for (int k = 0; k < n; k++) {
      titles += words.isTitle(tokens.get(k).text()) ? 1 : 0;
    }
    if (titles == 0) {
      return titledFromOutside(text, span, tokens, lang, words);
    }
    if (titles == n) {
      return List.of(); // President, Vice President, Wakil Presiden: titles alone name nobody
    }
    boolean cueFirst = CUE_FIRST_LANGUAGES.contains(lang) && cue(tokens.get(0).text(), words);
    if (cueFirst) {
      return List.of(span); // RSUP Dr Sardjito, Jalan Jenderal Sudirman, Istana Presiden, Bandara Internasional Jenderal
    } // Ahmad Yani: in Indonesian a cue word opens the name of a place or body, and a title may follow it
    // a span that ends in titles (Maricopa County Sheriff, U.S. Ambassador) is the name before them; not in Indonesian,
    // where titles come first and Aceh Besar ends in the besar of Komisaris Besar
    int kept = n;
    while (!CUE_FIRST_LANGUAGES.contains(lang) && kept > 0 && words.isTitle(tokens.get(kept - 1).text())) {
      kept--;
    }
    if (kept < n) {
      int end = withInitialDot(text, tokens.get(kept - 1), span.end());
      EntityType type = knownOrCuedType(text, span.start(), end, tokens.get(kept - 1), lang, words);
      // kept only when the name is known or a cue word types it: Burger King stays whole
      return type == null ? List.of(span) : List.of(new NameSpan(span.start(), end, type, span.score()));
    }
    int office = n; // the words after the last title: capitalised, none a title or a cue word
    while (office > 0 && n - office < 6
        && (tokens.get(office - 1).isCapitalized() || isArticledWord(tokens.get(office - 1).text()))
        && !cueOrTitle(tokens.get(office - 1).text(), words) && !branchAfterRank(tokens, office - 1, words)) {
      office--;
    }
    if (office == 0 || office == n || !(words.isTitle(tokens.get(office - 1).text())
        || branchAfterRank(tokens, office - 1, words))) {
      return List.of(span);
    }
    int run = bodyEnd(text, tokens, office, lang, words);
    if (n - run > 4 || (n - run > 1 && tokens.subList(run, n).stream().anyMatch(t -> acronym(t.text())))) {
      return List.of(span); // a person's name holds no acronym: Kabid Binpres PP PBSI
    }
    if (englishWordsInIndonesian(tokens.get(office - 1).text(), tokens, run, lang)) {
      return List.of(span); // nor, after an English title in Indonesian text, only English words (Vice President Sales)
    }
    int first = 0; // the first title
    while (!words.isTitle(tokens.get(first).text())) {
      first++;
    }
    // the name before it, without lower-case words (and, dan), titles or their modifiers at its end (Senate Majority
    // Leader: Senate)
    int prefixEnd = first;
    while (prefixEnd > 0 && (!tokens.get(prefixEnd - 1).isCapitalized()
        || words.isTitle(tokens.get(prefixEnd - 1).text())
        || TITLE_MODIFIERS.contains(tokens.get(prefixEnd - 1).text()))) {
      prefixEnd--;
    }
    boolean named = false; // some word is no function word and no bare cue word (University President …)
    for (int k = 0; k < prefixEnd; k++) {
      named |= !words.stopWords().contains(tokens.get(k).text().toLowerCase(Locale.ROOT))
          && !cue(tokens.get(k).text(), words);
    }
    if (n - run == 1 && (named || span.type() != EntityType.PERSON) && !addressedPerson(tokens, run)
        && !rankedPerson(tokens, run, words) && !(named && inLowerCase(tokens.get(office - 1).text()))
        && !knownPerson(tokens.get(run).text(), lang) && !(named && knownBodyBefore(text, span, tokens, prefixEnd, lang)
            && personAfterBody(text, tokens.subList(run, n), words))) {
      return List.of(span); // one word after a title is a person only where the finder said so (President Biden,
    } // Kombes Dwiyono) or after a known body (UGM Dr. Jamhari): not Raja Ampat, General Electric, Miss Universe
    if (named && prefixEnd == 1 && gazetteer.lookup(tokens.get(0).text(), lang).isEmpty()
        && writtenInLowerCase(text, tokens.get(0).text())) {
      named = false; // First Lady …: a word the article also writes in lower case is no name
    }
    List<NameSpan> out = new ArrayList<>(3);
    if (named) {
      int end = withInitialDot(text, tokens.get(prefixEnd - 1), span.end());
      EntityType type = knownOrCuedType(text, span.start(), end, tokens.get(prefixEnd - 1), lang, words);
      if (type == null && span.type() != EntityType.PERSON) {
        type = span.type();
      }
      if (type != null) {
        out.add(new NameSpan(span.start(), end, type, span.score()));
      }
    }
    addBody(text, span, tokens, office, run, lang, words, out);
    out.add(new NameSpan(tokens.get(run).start(), span.end(), EntityType.PERSON, span.score()));
    return out;
  }

  /**
   * Whether the gazetteer knows for sure the words of {@code span} before token {@code prefixEnd} as a body ({@code
   * [UGM] Dr. Jamhari}, {@code [Microsoft] President Smith}): then one word after its title is the office's holder.
   * Not a place: Indonesian titles are words of places' names too ({@code Sorong Raja Ampat}, {@code Aceh Besar}).
   */
  private boolean knownBodyBefore(String text, NameSpan span, List<Token> tokens, int prefixEnd, String lang) {
    return gazetteer.lookup(text.substring(span.start(), tokens.get(prefixEnd - 1).end()), lang)
        .filter(e -> e.sure() && e.type() == EntityType.ORGANIZATION).isPresent();
  }

  /**
   * Capitalised words that make a title before it, not a body's name ({@code Senate Majority Leader}, {@code House
   * Minority Whip}); as common nouns they are written in lower case ({@code a majority Black-owned brand}), so they
   * are no titles of their own.
   */
  private static final Set<String> TITLE_MODIFIERS = Set.of("Majority", "Minority");

  /**
   * The type of the name {@code text[start, end)} ending in {@code last}: the gazetteer's, else ORGANIZATION for an
   * organisation or company word at its end, LOCATION for a place word; null when neither says.
   */
  private EntityType knownOrCuedType(String text, int start, int end, Token last, String lang, NameLexicon.Words words) {
    String w = last.text().toLowerCase(Locale.ROOT);
    return gazetteer.lookup(text.substring(start, end), lang).map(Gazetteer.Entry::type)
        .orElse(words.orgCues().contains(w) || words.orgSuffixes().contains(w) ? EntityType.ORGANIZATION
            : words.placeCues().contains(w) ? EntityType.LOCATION : null);
  }

  /** Languages where a cue word opens a name ({@code Jalan …}, {@code Universitas …}), not ends it. */
  private static final java.util.Set<String> CUE_FIRST_LANGUAGES = java.util.Set.of("id", "ms");

  /**
   * Forms of address that only ever precede a person's name (unlike General, Miss or Raja, which also open
   * a company's, a contest's or a place's name); a final dot aside.
   */
  private static final java.util.Set<String> ADDRESS_FORMS = java.util.Set.of("mr", "mrs", "ms", "mx", "messrs");

  /**
   * Whether the span's words before {@code run} (its last word) are forms of address alone: {@code Ms Pugh},
   * {@code Mr. Hopley} name a person whatever the finder typed them (it read a sentence-opening {@code Ms Pugh}
   * as a place).
   */
  private static boolean addressedPerson(List<Token> tokens, int run) {
    // in capitals they are no forms of address: MS Society, MR scanner
    return allBefore(tokens, run, t -> !acronym(t.endsWith(".") ? t.substring(0, t.length() - 1) : t)
        && ADDRESS_FORMS.contains(bare(t)));
  }

  /** Whether the span has words before {@code run} and {@code test} holds for each of their texts. */
  private static boolean allBefore(List<Token> tokens, int run, java.util.function.Predicate<String> test) {
    for (int k = 0; k < run; k++) {
      if (!test.test(tokens.get(k).text())) {
        return false;
      }
    }
    return run > 0;
  }

  /**
   * Whether the span's words before {@code run} (its last word) are all ranks written in capitals, in a language whose
   * ranks are ({@link NameLexicon.Words#titlesInCapitals}): {@code AKP Arman}, {@code AKBP Hendra} name a person
   * whatever the finder typed them (it read {@code AKP Arman} as a body). Three letters at least: not {@code PM}.
   */
  private static boolean rankedPerson(List<Token> tokens, int run, NameLexicon.Words words) {
    return words.titlesInCapitals() && allBefore(tokens, run, t -> t.length() >= 3 && acronym(t) && words.isTitle(t));
  }

  /**
   * A span with no title in it that follows a title in the text and opens with the office's body ({@code Ketua
   * [DPR Puan Maharani]}, {@code Gubernur [BI Perry Warjiyo]}): the body (when known) and the PERSON after it. Only
   * when an acronym or known name opens the span and two to four capitalised words, none a cue word, an acronym or a
   * known organisation or place, are left, not all English words after an English title in Indonesian text
   * ({@link #englishWordsInIndonesian}); otherwise the span as it is ({@code Gubernur [Jawa Tengah]}, {@code Ketua [DPD
   * Nasdem Sumenep]}).
   */
  private List<NameSpan> titledFromOutside(String text, NameSpan span, List<Token> tokens, String lang,
      NameLexicon.Words words) {
    NameSpan mayor = afterMayorsTitle(text, span, tokens, lang, words);
    if (mayor != null) {
      return List.of(mayor);
    }
    int n = tokens.size();
    if (n < 3) {
      return List.of(span);
    }
    if (!words.isTitle(wordBefore(text, span.start()))) {
      return List.of(span);
    }
    // Wali [Kota Surabaya Tri Rismaharini], Ketua [DPR Puan Maharani]
    int run = bodyEnd(text, tokens, 0, lang, words);
    if (run == 0 || n - run < 2 || n - run > 4 || tokens.subList(run, n).stream()
        .anyMatch(t -> !t.isCapitalized() || acronym(t.text()) || cueOrTitle(t.text(), words) || knownBody(t, lang))
        || !noKnownBodyOrPlace(text, tokens.subList(run, n), lang, true)
        || englishWordsInIndonesian(wordBefore(text, span.start()), tokens, run, lang)) {
      return List.of(span); // Ketua [DPD Nasdem Sumenep]: a party's branch, no person; nor Managing Director [PT
    } // Samsung Electronics Indonesia], where a place is among the words after the body
    List<NameSpan> out = new ArrayList<>(2);
    addBody(text, span, tokens, 0, run, lang, words, out);
    out.add(new NameSpan(tokens.get(run).start(), span.end(), EntityType.PERSON, span.score()));
    return out;
  }

  /**
   * The person after an Indonesian mayor's title written as two words ({@code Wali Kota Tri Rismaharini}, {@code Wakil
   * Wali Kota Whisnu Sakti Buana}), which a finder reads as a place for its {@code Kota}: a span, not the finder's
   * PERSON, that follows {@code Wali Kota} or opens with {@code Kota} after {@code Wali}, whose one to four other words
   * are capitalised, no acronym, cue or title, and hold no body or place the gazetteer knows (it lists every
   * Indonesian city, so {@code Wali Kota Bogor} stays the office's city); {@code null} where this does not apply.
   */
  private NameSpan afterMayorsTitle(String text, NameSpan span, List<Token> tokens, String lang,
      NameLexicon.Words words) {
    if (span.type() == EntityType.PERSON || !INDONESIAN_AND_MALAY.contains(lang) || tokens.isEmpty()) {
      return null;
    }
    String before = wordBefore(text, span.start());
    int from;
    if (tokens.get(0).text().equals("Kota") && before.equalsIgnoreCase("wali")) {
      from = 1;
    } else if (before.equals("Kota")
        && wordBefore(text, text.lastIndexOf(before, span.start() - 1)).equalsIgnoreCase("wali")) {
      from = 0;
    } else {
      return null;
    }
    List<Token> rest = tokens.subList(from, tokens.size());
    if (rest.isEmpty() || rest.size() > 4) {
      return null;
    }
    for (Token t : rest) {
      if (!t.isCapitalized() || acronym(t.text()) || cueOrTitle(t.text(), words)) {
        return null;
      }
    }
    return noKnownBodyOrPlace(text, rest, lang, true)
        ? new NameSpan(rest.get(0).start(), span.end(), EntityType.PERSON, span.score()) : null;
  }

  /**
   * Whether the gazetteer knows {@code token} for sure as an organisation ({@code NasDem}, {@code Golkar}) that is not
   * a company.
   */
  private boolean knownBody(Token token, String lang) {
    // a company's name is also a given name (Sony Hartono, Honda Wijaya), so no party's word
    return !gazetteer.isCompanyName(token.text()) && gazetteer.lookup(token.text(), lang)
        .filter(e -> e.sure() && e.type() == EntityType.ORGANIZATION).isPresent();
  }

  /**
   * The end of the office's body or place opening {@code tokens[from, …)}: acronyms and known names, as long as two
   * words or more are left for the person ({@code Juru Bicara KPK Febri Diansyah}; not so in {@code Mayor London
   * Breed}).
   */
  private int bodyEnd(String text, List<Token> tokens, int from, String lang, NameLexicon.Words words) {
    int run = from;
    while (run < tokens.size() - 2 && bodyWord(text, tokens, run, lang, words)) {
      run++;
    }
    return run;
  }

  /**
   * Whether {@code tokens[k]} belongs to an office's body: an acronym or known name, or a cue word right before one
   * ({@code Kota Surabaya}); a cue word before an unknown name opens that name ({@code PT Adhiguna Keruktama}).
   */
  private boolean bodyWord(String text, List<Token> tokens, int k, String lang, NameLexicon.Words words) {
    return cue(tokens.get(k).text(), words) ? affiliation(text, tokens.get(k + 1), lang)
        : affiliation(text, tokens.get(k), lang);
  }

  /**
   * Whether {@code title} is an English title in Indonesian text and {@code tokens[from, …)} after it are all English
   * dictionary words (which no given name in the list is): the field or unit after an English job title ({@code Vice
   * President Sales}, {@code Chief Data Center}), no person. (After an Indonesian title, {@code Pangeran Harry} is a
   * person.)
   */
  private boolean englishWordsInIndonesian(String title, List<Token> tokens, int from, String lang) {
    return "id".equals(lang) && lexicon.words("en").isTitle(title) && englishWords(tokens.subList(from, tokens.size()));
  }

  /** Whether every one of {@code tokens} is an English dictionary word ({@code Cricket Ground}, {@code Sales}). */
  private boolean englishWords(List<Token> tokens) {
    for (Token t : tokens) {
      if (!lexicon.dictionaryWord(t.text().toLowerCase(Locale.ROOT), "en")) {
        return false;
      }
    }
    return true;
  }

  /** Adds the office's body {@code tokens[from, to)} as its own name when the gazetteer knows it. */
  private void addBody(String text, NameSpan span, List<Token> tokens, int from, int to, String lang,
      NameLexicon.Words words, List<NameSpan> out) {
    if (from >= to) {
      return;
    }
    int start = tokens.get(from).start();
    int end = withInitialDot(text, tokens.get(to - 1), span.end());
    Optional<Gazetteer.Entry> body = gazetteer.lookup(text.substring(start, end), lang);
    if (body.isEmpty() && from + 1 == to) {
      body = gazetteer.lookup(tokens.get(from).text(), lang);
    }
    if (body.isPresent()) {
      out.add(new NameSpan(start, end, body.get().type(), span.score()));
    } else if (from + 1 < to && cue(tokens.get(from).text(), words)
        && gazetteer.lookup(text.substring(tokens.get(from + 1).start(), end), lang).isPresent()) {
      // Wali [Kota Medan] Bobby Nasution, Kapolsek [Polsek Bogor]: a cue word before a known name types it
      boolean place = words.placeCues().contains(bare(tokens.get(from).text()));
      out.add(new NameSpan(start, end, place ? EntityType.LOCATION : EntityType.ORGANIZATION, span.score()));
    }
  }

  private static boolean cue(String token, NameLexicon.Words words) {
    String w = bare(token);
    return words.orgCues().contains(w) || words.placeCues().contains(w);
  }

  private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");

  /** Two or more letters, all capitals, no Roman numeral ({@code KPK}, {@code DKI}; not {@code III} in Charles III). */
  private static boolean acronym(String t) {
    return t.length() >= 2 && t.equals(t.toUpperCase(Locale.ROOT)) && !t.equals(t.toLowerCase(Locale.ROOT))
        && !ROMAN.matcher(t).matches();
  }

  /**
   * A word of an office's body or place: an acronym in capitals ({@code KPK}, {@code DKI}) or a name the gazetteer
   * knows (a one-word regency after a word that puts a place: {@code Bupati Bantaeng}, not {@code Striker Agam}).
   */
  private boolean affiliation(String text, Token token, String lang) {
    String t = token.text();
    return acronym(t) || gazetteer.lookup(t, lang).filter(e -> e.type() != EntityType.PERSON
        && (!gazetteer.placeByContext(e) || regencyContext(text, token.start()))).isPresent();
  }

  /** The end of {@code token}, past its dot when it is one letter (an initial: {@code U.S.}), within {@code limit}. */
  private static int withInitialDot(String text, Token token, int limit) {
    int end = token.end();
    return end < limit && text.charAt(end) == '.' && token.text().length() == 1 ? end + 1 : end;
  }

  /** Whether {@code word} is one of the language's most frequent words or the article writes it in lower case. */
  private static boolean commonWord(String text, String word, NameLexicon.Words words) {
    return words.commonWords().contains(word.toLowerCase(Locale.ROOT)) || writtenInLowerCase(text, word);
  }

  /**
   * Whether every cased letter of {@code surface} is lower case and there is one ({@code republic}); false for a
   * script without case.
   */
  private static boolean inLowerCase(String surface) {
    boolean lower = false;
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
        return false;
      }
      lower |= Character.isLowerCase(c);
    }
    return lower;
  }

  /** Whether {@code text} holds {@code word} in lower case as a whole word. */
  private static boolean writtenInLowerCase(String text, String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (int at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
      int end = at + lower.length();
      if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
          && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /** A token lower-cased without a final dot ({@code Gov.}, {@code Dr.}). */
  private static String bare(String token) {
    String lower = token.toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }

  private static boolean cueOrTitle(String token, NameLexicon.Words words) {
    return words.isTitle(token) || cue(token, words) || words.orgSuffixes().contains(bare(token));
  }

  /**
   * Lower-case words that join two names in a list ({@code U.S. and Russia}, {@code Jepang dan Korea Selatan}), between
   * spaces as a span's surface is searched for them.
   */
  private static final List<String> SPACED_COORDINATORS = List.of(" and ", " or ", " dan ", " atau ", " & ");

  /**
   * A span of two names the gazetteer knows joined by {@code and}/{@code or} ({@code U.S. and Russia}) as the two
   * names; a span that is itself a known name ({@code Bosnia and Herzegovina}) or has an unknown side
   * ({@code Procter and Gamble}) stays whole, unless a person's full name follows {@code and} ({@link #personAfter}).
   */
  private List<NameSpan> splitCoordinatedNames(String text, List<NameSpan> spans, String lang) {
    List<NameSpan> out = new ArrayList<>(spans.size());
    for (NameSpan span : spans) {
      String surface = text.substring(span.start(), span.end());
      int at = -1;
      String word = null;
      for (String c : SPACED_COORDINATORS) {
        int i = surface.indexOf(c);
        if (i > 0 && (at < 0 || i < at)) {
          at = i;
          word = c;
        }
      }
      Optional<Gazetteer.Entry> left = Optional.empty();
      Optional<Gazetteer.Entry> right = Optional.empty();
      int rightStart = at < 0 ? -1 : at + word.length();
      if (at > 0 && rightStart < surface.length() && gazetteer.lookup(surface, lang).isEmpty()) {
        left = gazetteer.lookup(surface.substring(0, at), lang);
        right = gazetteer.lookup(surface.substring(rightStart), lang);
      }
      if (left.isEmpty() || right.isEmpty()) {
        if (at > 0 && word.equals(" and ") && personAfter(surface.substring(rightStart), lang)) {
          out.add(new NameSpan(span.start(), span.start() + at, span.type(), span.score()));
          out.add(new NameSpan(span.start() + rightStart, span.end(), EntityType.PERSON, span.score()));
        } else {
          out.add(span);
        }
        continue;
      }
      out.add(new NameSpan(span.start(), span.start() + at, left.get().type(), span.score()));
      out.add(new NameSpan(span.start() + rightStart, span.end(), right.get().type(), span.score()));
    }
    return out;
  }

  /**
   * Whether {@code name}, what follows {@code and} in a span, is a person's full name: two or three capitalised words,
   * the first a listed given name, the last no dictionary word, none a word of a body's or a place's name ({@code
   * Princeton University and Geoffrey Hinton}; not {@code Bill and Melinda Gates Foundation} nor {@code Marks and
   * Spencer}). Languages with a given-name list only.
   */
  private boolean personAfter(String name, String lang) {
    String[] parts = nameParts(name);
    if (parts.length < 2 || parts.length > 3 || !lexicon.hasGivenNames(lang)
        || !lexicon.givenName(parts[0].toLowerCase(Locale.ROOT), lang)
        || lexicon.dictionaryWord(parts[parts.length - 1].toLowerCase(Locale.ROOT), lang)) {
      return false; // nor an everyday word last: Norwegian Spruce and Fraser Fir
    }
    NameLexicon.Words words = lexicon.words(lang);
    for (String part : parts) {
      String lower = part.toLowerCase(Locale.ROOT);
      if (!Character.isUpperCase(part.charAt(0)) || cueOrTitle(part, words) || words.orgHeads().contains(lower)
          || words.placeHeads().contains(lower)) {
        return false;
      }
    }
    return true;
  }

  /** English endings that make a country's people or adjective ({@code Korea} → {@code Korean}, {@code Koreans}). */
  private static final String[] DEMONYM_ENDINGS = {"ians", "ian", "ans", "an", "ns", "n", "is", "i", "ese"};
  /** The endings of a people ({@code Ugandans}, {@code Iraqis}): the only ones read in a span typed PERSON. */
  private static final Set<String> PLURAL_DEMONYM_ENDINGS = Set.of("ians", "ans", "ns", "is");

  /**
   * Whether {@code surface} is a country's name with a demonym ending ({@code North Korean}, {@code Ugandans},
   * {@code Iraqi}, {@code Japanese}; before {@code ian} the country's final {@code e} may drop: {@code Ukrainian}).
   * Only countries, by their English or Indonesian names: a city or region makes surnames and places ({@code Parisi},
   * {@code Tehrani}, {@code Kutai}, {@code Solon}), another language's name for a country makes other words
   * ({@code Chine}, French for China, {@code Chinese}; {@code Kana}, Ghana elsewhere, {@code Kanai}). In a span the
   * finder typed PERSON only a plural is read: a singular can be a surname ({@code Cuban}, {@code Yamani}). The
   * caller has checked that the gazetteer does not know {@code surface} itself for sure ({@code Sudan}, {@code Mali}).
   */
  private boolean demonym(String surface, String lang, EntityType type) {
    for (String ending : DEMONYM_ENDINGS) {
      int stem = surface.length() - ending.length();
      if (stem >= 4 && surface.endsWith(ending)
          && (type != EntityType.PERSON || PLURAL_DEMONYM_ENDINGS.contains(ending))) {
        String place = surface.substring(0, stem);
        if (isCountry(place, lang) || ending.startsWith("ian") && isCountry(place + "e", lang)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code name} is a country by an English or Indonesian name (its key is {@code LOCATION#} + ISO code). */
  private boolean isCountry(String name, String lang) {
    return gazetteer.lookup(name, lang).map(e -> e.sure() && e.type() == EntityType.LOCATION
        && e.key().length() == "LOCATION#".length() + 2).orElse(false);
  }

  /** Indonesian and Malay words that make the name after them a language: bahasa Inggris, berbahasa Jepang. */
  private static final Set<String> LANGUAGE_WORDS = Set.of("bahasa", "berbahasa");
  private static final Set<String> INDONESIAN_AND_MALAY = Set.of("id", "ms");

  /** Whether the gazetteer knows {@code word} as no person or body (a place, or nothing). */
  private boolean notPersonOrBody(String word, String lang) {
    return gazetteer.lookup(word, lang).map(e -> e.type() == EntityType.LOCATION).orElse(true);
  }

  /**
   * Whether a name is a language, not a place, in Indonesian or Malay, which name most languages as their country:
   * one word after {@code bahasa} or {@code berbahasa} ({@code bahasa Inggris}, {@code berbahasa Jepang}), or one of
   * those words and one more ({@code Bahasa Indonesia}), that the gazetteer knows as no person or body. Longer names
   * after them are people and bodies ({@code ahli bahasa Ivan Lanin}, {@code Balai Bahasa Jawa Tengah}).
   */
  private boolean languageName(String text, int start, String surface, String lang) {
    if (!INDONESIAN_AND_MALAY.contains(lang)) {
      return false;
    }
    String[] parts = nameParts(surface);
    if (parts.length == 2 && LANGUAGE_WORDS.contains(parts[0].toLowerCase(Locale.ROOT))) {
      return notPersonOrBody(parts[1], lang);
    }
    if (parts.length != 1) {
      return false; // ahli bahasa Ivan Lanin, jurusan bahasa Universitas Padjadjaran, Balai Bahasa Jawa Tengah
    }
    int end = start;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int from = end;
    while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
      from--;
    }
    // the word before first: it is rarely a language word, and the gazetteer look-ups cost more
    return end < start && LANGUAGE_WORDS.contains(text.substring(from, end).toLowerCase(Locale.ROOT))
        && notPersonOrBody(surface, lang);
  }

  /**
   * The known person a name of three words or more names when its middle words are initials ({@code Donald J. Trump},
   * {@code Vladimir V. Putin}: the gazetteer's {@code Donald Trump}, {@code Vladimir Putin}), so the name and the
   * surname alone ({@code Trump}) are one person; empty otherwise. A generational suffix ends no such name ({@code
   * Donald Trump Jr.} is his son), nor do initials that differ between two people ({@code George W. Bush}, {@code
   * George H. W. Bush}) meet here unless the gazetteer lists the bare first and last name.
   */
  private Optional<Gazetteer.Entry> withoutMiddleInitials(String surface, String lang) {
    String[] parts = nameParts(surface);
    if (parts.length < 3) {
      return Optional.empty();
    }
    for (int i = 1; i < parts.length - 1; i++) {
      String p = parts[i];
      if (!(p.length() == 1 || p.length() == 2 && p.charAt(1) == '.') || !Character.isUpperCase(p.charAt(0))) {
        return Optional.empty();
      }
    }
    return gazetteer.lookup(parts[0] + " " + parts[parts.length - 1], lang)
        .filter(e -> e.sure() && e.type() == EntityType.PERSON && !e.alias());
  }

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  /**
   * A company's name without its legal forms ({@code PT Bank Central Asia Tbk} → {@code Bank Central Asia},
   * {@code JPMorgan Chase & Co.} → {@code JPMorgan Chase}, {@code Telkom Indonesia (Persero)} → {@code Telkom
   * Indonesia}), or null when it has none or nothing else.
   *
   * @param legalForms {@link NameLexicon#legalForms()}: pt is read before a name, the others after it
   */
  static String withoutLegalForms(String name, Set<String> legalForms) {
    String trimmed = name.trim();
    int lastSpace = trimmed.lastIndexOf(' ');
    if (lastSpace < 0 || !trimmed.startsWith("PT ") && !trimmed.startsWith("PT. ")
        && !legalForms.contains(legalForm(trimmed.substring(lastSpace + 1)))) {
      return null; // most names: no form first or last, nothing to split
    }
    String[] words = WHITE_SPACE.split(trimmed);
    int from = 0;
    int to = words.length;
    if (to > 1 && legalForm(words[0]).equals("pt")) {
      from = 1;
    }
    while (to - from > 1) {
      String form = legalForm(words[to - 1]);
      if (!(legalForms.contains(form) && !form.equals("pt") || words[to - 1].equals("&"))) {
        break;
      }
      to--;
    }
    if (from == 0 && to == words.length) {
      return null;
    }
    String core = String.join(" ", java.util.Arrays.asList(words).subList(from, to));
    core = core.endsWith(",") || core.endsWith("&") ? core.substring(0, core.length() - 1).trim() : core;
    return core.isEmpty() ? null : core;
  }

  /** A word as the legal-forms list writes it: lower case, without dots, brackets or a trailing comma. */
  private static String legalForm(String word) {
    StringBuilder b = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c != '.' && c != '(' && c != ')' && c != ',') {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }

  /**
   * Whether {@code span} is two to four capitals followed by an age in brackets ({@code AS (34)}, {@code RS (29)}) or
   * after {@code inisial}/{@code berinisial}: Indonesian crime news names suspects and victims by their initials, which
   * read as the acronyms of a country or a hospital and name nobody a reader could look up.
   */
  static boolean initialsWithAge(String text, NameSpan span) {
    int n = span.end() - span.start();
    if (n < 2 || n > 4) {
      return false;
    }
    for (int i = span.start(); i < span.end(); i++) {
      if (text.charAt(i) < 'A' || text.charAt(i) > 'Z') {
        return false;
      }
    }
    int at = span.end();
    if (at + 3 < text.length() && text.charAt(at) == ' ' && text.charAt(at + 1) == '(') {
      int digits = at + 2;
      while (digits < text.length() && digits - at - 2 < 3 && Character.isDigit(text.charAt(digits))) {
        digits++;
      }
      if (digits > at + 2 && digits - at - 2 <= 2 && digits < text.length() && text.charAt(digits) == ')') {
        return true;
      }
    }
    int before = span.start() - 1; // the space after (ber)inisial
    return before >= 7 && text.charAt(before) == ' ' && text.regionMatches(true, before - 7, "inisial", 0, 7);
  }

  /**
   * Whether {@code start} opens a sentence: nothing but spaces and {@code openers} (opening quotes, brackets) come
   * between it and the text's start or one of the {@code ends} marks.
   */
  private static boolean opensSentence(String text, int start, String openers, String ends) {
    int i = start - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || openers.indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i < 0 || ends.indexOf(text.charAt(i)) >= 0;
  }

  /** An acronym in the plural: capitals and a lower-case s. */
  private static final Pattern ACRONYM_PLURAL = Pattern.compile("\\p{Lu}{2,}s");

  /** The candidate for one span, or null when it names nothing. */
  private Candidate candidate(String text, NameSpan span, String lang, NameLexicon.Words words) {
    String surface = text.substring(span.start(), span.end());
    if (words.nonNames().contains(surface.toLowerCase(Locale.ROOT)) || Slugs.slug(surface).isEmpty()
        || languageName(text, span.start(), surface, lang)) {
      return null;
    }
    Optional<Gazetteer.Entry> club = span.type() == EntityType.ORGANIZATION ? gazetteer.clubNamedAfter(surface)
        : Optional.empty();
    if (club.isPresent()) { // Barcelona menang 3-0: the club its city names, keyed as the club named in full
      // not known: a place mention of the city elsewhere keeps its own key (Thousands paraded through Liverpool)
      return new Candidate(club.get().key(), EntityType.ORGANIZATION, surface, span.start(), span.end(), 1.0, false,
          false, null);
    }
    if (initialsWithAge(text, span)) {
      return null; // berinisial AS (34): a suspect's initials, not the United States
    }
    Optional<Gazetteer.Entry> known = gazetteer.lookup(surface, lang);
    if (known.isEmpty() && surface.startsWith("The ")
        && gazetteer.lookup(surface.substring(4), lang).filter(Gazetteer.Entry::sure).isPresent()) {
      // The European Central Bank, The Financial Times in Indonesian text: the known name's key, the one every other
      // article gives it (a name listed with its article is found whole above); a sentence's The is no part of the
      // name, one written mid-sentence is (diundang The Walt Disney Company)
      Candidate rest = candidate(text, new NameSpan(span.start() + 4, span.end(), span.type(), span.score()), lang,
          words);
      return rest == null || opensSentence(text, span.start(), "\"“‘(", ".!?\n") ? rest
          : new Candidate(rest.key(), rest.type(), surface, span.start(), span.end(), rest.score(), rest.known(),
              rest.alias(), rest.canonical());
    }
    if (known.isEmpty() && inLowerCase(surface)) {
      return null; // the fate of the republic: a name the gazetteer does not know is written with a capital
    }
    if (known.isEmpty() && INDONESIAN_AND_MALAY.contains(lang) && cue(surface, words)) {
      return null; // Kementerian, Lembaga, Kabupaten, Stadion alone: a body's or place's head noun names nothing
    } // (English writes the Senate, Parliament, Congress alone for one body, so there they stay)
    if (known.isEmpty() && span.type() == EntityType.PERSON && Slugs.initialismEnd(surface, 0) == surface.length()) {
      return null; // initials alone name no person: Ahmad Syafii, M.A. (a degree)
    }
    if (known.isEmpty() && surface.endsWith("s") && ACRONYM_PLURAL.matcher(surface).matches()) {
      return null; // CPUs, NGOs, MPs: things or people of a kind, no name
    }
    if (GENERATION.matcher(surface).matches()) {
      return null; // Robert F. Kennedy, Jr.: the suffix after a comma names nobody
    }
    if ("en".equals(lang) && (known.map(e -> !e.sure()).orElse(true)
        && demonym(surface, lang, span.type()) || words.demonyms().contains(surface.toLowerCase(Locale.ROOT)))
        && !titledAt(text, span.start(), words)) { // Mr. French is a man
      // North Korean, Ugandans, Ukrainian, and the listed Greek or Dutch: a people or an adjective, not a name (nor
      // is Iraqi, though some language calls Iraq so: a name in another language is not sure; nor Swiss, though
      // Indonesian calls Switzerland so, and Indonesian names are sure: the list is English's own)
      return null;
    }
    if ("en".equals(lang) && PARTY_ADJECTIVES.contains(surface) && span.end() + 1 < text.length()
        && text.charAt(span.end()) == ' ' && Character.isLowerCase(text.charAt(span.end() + 1))
        && !words.stopWords().contains(wordAfter(text, span.end() + 1))) {
      return null; // the Republican convention, Democratic voters: the party's adjective before a noun names no body
    } // (a Republican in 2016, the only Republican on it: a member, as the finder said)
    if (known.isPresent() && (known.get().sure() || known.get().type() == span.type()
        || gazetteer.placeByContext(known.get()) && regencyPlaced(text, span.start(), lang))) {
      Gazetteer.Entry e = known.get();
      return new Candidate(e.key(), e.type(), surface, span.start(), span.end(), 1.0, true, e.alias(), e.canonical());
    }
    Optional<Gazetteer.Entry> initialled = known.isEmpty() && span.type() == EntityType.PERSON
        ? withoutMiddleInitials(surface, lang) : Optional.empty();
    if (initialled.isPresent()) {
      Gazetteer.Entry e = initialled.get();
      return new Candidate(e.key(), e.type(), surface, span.start(), span.end(), 1.0, true, false, e.canonical());
    }
    if (known.isEmpty() && INDONESIAN_AND_MALAY.contains(lang) && surface.startsWith("Kota ")) {
      // Kota Bandung is the city of Bandung: one key (the span keeps Kota, as the labelled sets write it); never a
      // country's key, since Kota Kuwait and Kota Meksiko are capitals (Kota Jambi, whose province shares its name,
      // and Kota Gaza are listed whole in the gazetteer)
      String place = surface.substring("Kota ".length());
      Optional<Gazetteer.Entry> city = gazetteer.lookup(place, lang)
          .filter(e -> (e.sure() || gazetteer.placeByContext(e)) && e.type() == EntityType.LOCATION
              && !isCountry(place, lang));
      if (city.isPresent()) {
        return new Candidate(city.get().key(), EntityType.LOCATION, surface, span.start(), span.end(), 1.0, true, false,
            city.get().canonical());
      }
    }
    String legalName = known.isEmpty() && span.type() == EntityType.ORGANIZATION
        ? withoutLegalForms(surface, lexicon.legalForms()) : null;
    // News Corp is not the news, AI Ltd not AI: a company named by one common word keeps its legal form in its key
    String company = legalName != null && nameParts(legalName).length == 1 && (commonWord(text, legalName, words)
        || words.nonNames().contains(legalName.toLowerCase(Locale.ROOT))) ? null : legalName;
    if (company != null) {
      // PT Bank Central Asia Tbk, Apple Inc.: the company's key is its name's (BCA, Apple), known or not
      Optional<Gazetteer.Entry> named = gazetteer.lookup(company, lang).filter(e -> e.type() == EntityType.ORGANIZATION);
      return named.map(e -> new Candidate(e.key(), e.type(), surface, span.start(), span.end(), 1.0, true, false,
              e.canonical()))
          .orElseGet(() -> new Candidate(Slugs.key(EntityType.ORGANIZATION.name(), company), EntityType.ORGANIZATION,
              surface, span.start(), span.end(), span.score(), false, false, null));
    }
    String[] parts = nameParts(surface);
    boolean oneWord = parts.length == 1;
    // A company word at the end decides, whatever the finder said: Northwind Energy, Arsenal FC; so does a
    // body's head noun: Glasgow School of Art, British Ministry of Defence (the finder saw places in them);
    // else a geographic word ending what the finder called a body makes it a place: Black Sea, Hudson River
    EntityType type = span.type();
    if (type == EntityType.PERSON && known.isEmpty() && afterInPlace(text, span, lang)) {
      type = EntityType.LOCATION; // in Goma, di Teuku Umar: no one is in a person
    }
    boolean cued = type != EntityType.ORGANIZATION && known.isEmpty() && (afterBodyNoun(text, span, lang)
        && !(type == EntityType.PERSON && !oneWord && lexicon.hasGivenNames(lang)
            && lexicon.givenName(parts[0].toLowerCase(Locale.ROOT), lang)) // brewer Jim Koch
        || type == EntityType.PERSON && oneWord && traded(text, span, lang, words));
    if (cued) {
      type = EntityType.ORGANIZATION; // Polish brewer Zywiec, news agency Antara
    }
    if (!oneWord) {
      String last = parts[parts.length - 1].toLowerCase(Locale.ROOT);
      boolean givenAndSurname = span.type() == EntityType.PERSON && parts.length == 2; // Robert Service, Zaldy Co
      if (words.orgSuffixes().contains(last)
          || !givenAndSurname && (words.orgHeads().contains(head(parts).toLowerCase(Locale.ROOT))
              || !words.orgHeads().isEmpty() && headOfPlace(parts))) {
        type = EntityType.ORGANIZATION;
      } else if (type != EntityType.ORGANIZATION && englishBodyInIndonesian(parts, last, lang)) {
        type = EntityType.ORGANIZATION;
      } else if (type == EntityType.PERSON && INDONESIAN_AND_MALAY.contains(lang)
          && words.orgCues().contains(parts[0].toLowerCase(Locale.ROOT))) {
        type = EntityType.ORGANIZATION; // Kejari Palembang, Pemkot Bandung: a body's head noun comes first
      } else if (type == EntityType.ORGANIZATION && words.placeHeads().contains(last)) {
        type = EntityType.LOCATION;
      } else if (eventName(parts, lang, words)) {
        type = EntityType.EVENT;
      } else if (type != EntityType.PERSON
          && (givenNameAndSurname(parts, lang, words) || koreanName(parts, lang, words))
          && !(type == EntityType.LOCATION && ("id".equals(lang)
              && AT_PLACE_ID.contains(wordBefore(text, span.start()).toLowerCase(Locale.ROOT))
              || afterInPlace(text, span, lang)))) {
        type = EntityType.PERSON; // but a place after "di" is a stadium or circuit named after a person
        // (di Giuseppe Meazza, di Benito Villamarin), which the finder rightly read as a place
      }
    }
    String key = oneWord ? null : Slugs.key(type.name(), surface);
    // a body typed by its noun lends the type to the article's other mentions, which the finder called a person
    double score = cued && type == EntityType.ORGANIZATION ? CUED_SUPPORT : span.score();
    return new Candidate(key, type, surface, span.start(), span.end(), score, false, false, null);
  }

  /**
   * Whether a name in Indonesian text is an English-named body, read by English's head word at its end ({@code
   * Rutgers University}, {@code American Chemical Society}, {@code Sloan Foundation}: the Indonesian finder, which
   * learnt few English names, calls them people or places): every word capitalised, the head a whole word of five
   * letters or more ({@code Co}, {@code FC} are legal forms and club words, which have their own rules; {@code Zaldy
   * Co} is a person) and no {@code Service}, which is also a surname ({@code Robert Service}).
   */
  private boolean englishBodyInIndonesian(String[] parts, String last, String lang) {
    if (!"id".equals(lang) || last.length() < 5 || last.startsWith("service")
        || !lexicon.words("en").orgHeads().contains(last)) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || !Character.isUpperCase(part.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** The lower-case letters of the word starting at {@code start}. */
  private static String wordAfter(String text, int start) {
    int end = start;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(start, end).toLowerCase(Locale.ROOT);
  }

  /**
   * Whether {@code span} comes right after Indonesian's or Malay's {@code di} ("in, at") written small ({@code di Teuku
   * Umar}, {@code di Yew Tee}), which puts a place, a body or a time after it but no person: in the labelled
   * Indonesian news a person follows it almost never (a few slips of the labellers). Not English's {@code in}: news
   * prose writes believe in Jesus, interest in Kenny Pickett, Sean Connery in James Bond.
   */
  private static boolean afterInPlace(String text, NameSpan span, String lang) {
    return INDONESIAN_AND_MALAY.contains(lang) && "di".equals(wordBefore(text, span.start()))
        && !RESTS_ON.contains(wordBefore(text, text.lastIndexOf("di", span.start() - 1)).toLowerCase(Locale.ROOT));
  }

  /** Words before {@code di} that put a burden or hope on someone: ada di, bertumpu di (Rizky Ridho). */
  private static final Set<String> RESTS_ON = Set.of("ada", "bertumpu", "tertumpu");

  /**
   * The support a name typed by the noun before it ({@link #afterBodyNoun}) lends its type in {@link
   * #oneSensePerArticle}: as much as ten of the finder's mentions, so the article's other mentions take it.
   */
  private static final double CUED_SUPPORT = 10.0;

  /**
   * Whether the word right before {@code span} is a noun that says a body follows ({@code brewer}, {@code newspaper},
   * {@code carmaker}: {@link NameLexicon#bodyNouns}) and no verb after the name makes it a relative clause's subject.
   */
  private boolean afterBodyNoun(String text, NameSpan span, String lang) {
    Set<String> nouns = lexicon.bodyNouns(lang);
    String before = nouns.isEmpty() ? "" : wordBefore(text, span.start()).toLowerCase(Locale.ROOT);
    return !before.isEmpty() && nouns.contains(before) && !RELATIVE_CLAUSE_VERBS.contains(wordAfterSpace(text,
        span.end()));
  }

  /** English words after a name (or its possessive) that say it is traded or owned: Pirelli shares, Ruch's stock. */
  private static final Set<String> MARKET_WORDS = Set.of("shares", "stock", "shareholders", "subsidiary",
      "subsidiaries");
  /** English words before a name that say it is owned in parts: a stake in Ruch, 40 percent of Cofinec. */
  private static final List<String> STAKE_WORDS = List.of("stake in", "stakes in", "percent of", "per cent of",
      "pct of", "shares in", "shares of");

  /**
   * Whether the one-word {@code span} the finder typed a person is a company by the market's words around it: a word
   * after it or its possessive ({@link #MARKET_WORDS}: {@code Pirelli shares}, {@code Ruch's shares}), or a stake's
   * words before it with no noun after it or its possessive ({@link #STAKE_WORDS}: {@code 40 percent of Ruch,}, {@code
   * shares in Sainsbury's.}; not {@code 40 percent of Clinton voters} nor {@code a stake in Smith's firm}). People are
   * not bought in shares; news names a person's holdings as the person's ({@code Buffett's stake}), so a stake's words
   * stand before the company. English.
   */
  private static boolean traded(String text, NameSpan span, String lang, NameLexicon.Words words) {
    if (!"en".equals(lang)) {
      return false;
    }
    int end = afterPossessive(text, span.end());
    String next = wordAfterSpace(text, end).toLowerCase(Locale.ROOT);
    if (MARKET_WORDS.contains(next)) {
      return true;
    }
    if (!next.isEmpty() && !words.stopWords().contains(next)) {
      return false;
    }
    for (String stake : STAKE_WORDS) { // "… stake " right before the name, after a space or at the text's start
      int at = span.start() - 1 - stake.length();
      if (at >= 0 && text.charAt(span.start() - 1) == ' ' && text.regionMatches(true, at, stake, 0, stake.length())
          && (at == 0 || text.charAt(at - 1) == ' ')) {
        return true;
      }
    }
    return false;
  }

  /** The offset after the possessive ending ({@code 's}, {@code ’s}, a space before it or not) at {@code end}. */
  private static int afterPossessive(String text, int end) {
    int at = end < text.length() && text.charAt(end) == ' ' ? end + 1 : end;
    if (at + 1 < text.length() && (text.charAt(at) == '\'' || text.charAt(at) == '’') && text.charAt(at + 1) == 's'
        && (at + 2 == text.length() || !Character.isLetter(text.charAt(at + 2)))) {
      return at + 2;
    }
    return end;
  }

  /**
   * Verbs that make the name after a body's noun the subject of a relative clause, a person's: the airline Branson
   * founded, the bank Dimon has led, the insurer Buffett controls.
   */
  private static final Set<String> RELATIVE_CLAUSE_VERBS = Set.of("founded", "co-founded", "cofounded", "bought",
      "owns", "owned", "controls", "controlled", "runs", "ran", "leads", "led", "chairs", "chaired", "started", "built",
      "created", "acquired", "sold", "heads", "headed", "joined", "left", "has", "had", "once");

  /** The lower-case letters and hyphens of the word after the spaces at {@code end}. */
  private static String wordAfterSpace(String text, int end) {
    int from = end;
    while (from < text.length() && text.charAt(from) == ' ') {
      from++;
    }
    int to = from;
    while (to < text.length() && (Character.isLetter(text.charAt(to)) || text.charAt(to) == '-')) {
      to++;
    }
    return text.substring(from, to);
  }

  /** Indonesian words before a place: at, to, from, and a club's home ground ({@code markas}, {@code kandang}). */
  private static final Set<String> AT_PLACE_ID = Set.of("di", "ke", "dari", "markas", "kandang");

  /**
   * One name word as people write it: a capital, then lower-case letters, perhaps a second capital ({@code O'Brien},
   * {@code McConnell}, {@code DeSantis}).
   */
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+(?:['’]?\\p{Lu}\\p{Ll}+)?");

  /**
   * Whether a name of two or three words that the finder called a body or a place reads as a person's: a given
   * name first ({@code Hillary Clinton}, {@code Valentino Rossi}, {@code Cristina Cifuentes}; {@link
   * NameLexicon#givenName}: no everyday word such as {@code Star} or {@code North}), every word written as a name is,
   * no word of the language's dictionary after it ({@code Atlanta Hawks}, {@code Beverly Hills}, {@code Lincoln
   * Memorial}: teams, places and products end in such words, surnames seldom do), the last word no given name too
   * ({@code Santa Clara}), and nothing in it that names bodies, places or events or is a title (a cue, head, suffix
   * or demonym), a direction word ({@code Asia Tenggara}) or a known name of its own ({@code Georgia Power}: Georgia
   * is a country). English has the one given-name list and dictionary; Indonesian text borrows them for the foreign
   * people its news names ({@code Lucas Moura}, {@code Victoria Beckham}, which the Indonesian finder often calls a
   * body or a place), with its own common words also barred after the given name ({@code Lucas Baru}).
   */
  private boolean givenNameAndSurname(String[] parts, String lang, NameLexicon.Words words) {
    String names = lexicon.hasGivenNames(lang) ? lang : "id".equals(lang) ? "en" : null; // whose lists to use
    if (parts.length < 2 || parts.length > 3 || names == null
        || !lexicon.givenName(parts[0].toLowerCase(Locale.ROOT), names)
        || lexicon.givenName(parts[parts.length - 1].toLowerCase(Locale.ROOT), names)) {
      return false;
    }
    for (int i = 0; i < parts.length; i++) {
      String word = parts[i].toLowerCase(Locale.ROOT);
      if (!NAME_WORD.matcher(parts[i]).matches() || cueOrTitle(parts[i], words) || words.placeHeads().contains(word)
          || COMPASS.contains(word)
          || words.orgHeads().contains(word) || words.eventCues().contains(word) || words.demonyms().contains(word)
          || words.stopWords().contains(word) || i > 0 && (lexicon.dictionaryWord(word, names)
              || words.commonWords().contains(word))
          || gazetteer.lookup(parts[i], lang).isPresent()) {
        return false;
      }
    }
    return true;
  }

  /** Korean family names of three letters or more as news romanises them (two-letter ones open words: Oh, Go, An). */
  private static final Set<String> KOREAN_SURNAMES = Set.of("Kim", "Lee", "Park", "Choi", "Jung", "Jeong", "Chung",
      "Kang", "Cho", "Yoon", "Jang", "Chang", "Lim", "Han", "Seo", "Suh", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo",
      "Ryu", "Hong", "Jeon", "Moon", "Son", "Sohn", "Bae", "Baek", "Heo", "Nam", "Roh", "Kwak", "Sung", "Cha", "Joo",
      "Woo");
  /** A syllable of a Korean given name: {@code Joong}, {@code Hye}; after a hyphen in lower case ({@code Joong-ki}). */
  private static final Pattern KOREAN_SYLLABLE = Pattern.compile("\\p{Lu}\\p{Ll}{1,4}|\\p{Ll}{2,5}");

  /**
   * Whether a name is a Korean person's: a family name and two given-name syllables ({@code Song Joong Ki}, {@code
   * Song Hye Kyo}, {@code Park Geun-hye}, {@code Kim Jong Un}), which Indonesian entertainment news writes often and
   * the finders, knowing neither list, type as bodies or places. No syllable a cue, a body's head or a title word.
   */
  private boolean koreanName(String[] parts, String lang, NameLexicon.Words words) {
    if (!koreanShape(parts) || gazetteer.lookup(parts[0] + " " + parts[1], lang).isPresent()) {
      return false; // Hong Kong Land
    }
    for (int i = 1; i < 3; i++) {
      String w = parts[i].toLowerCase(Locale.ROOT);
      if (cueOrTitle(parts[i], words) || words.orgHeads().contains(w) || words.placeHeads().contains(w)
          || gazetteer.lookup(parts[i], lang).isPresent()) {
        return false; // Kim Bank Plaza, Park Hyatt Tokyo
      }
    }
    return true;
  }

  /** A Korean family name and two syllables, by their letters alone ({@link #koreanName} without the word lists). */
  private static boolean koreanShape(String[] parts) {
    return parts.length == 3 && KOREAN_SURNAMES.contains(parts[0]) && Character.isUpperCase(parts[1].charAt(0))
        && KOREAN_SYLLABLE.matcher(parts[1]).matches() && KOREAN_SYLLABLE.matcher(parts[2]).matches();
  }

  /**
   * Event words that as often head a body's or a place's name: Epic Games, Southeastern Conference, Kongres AS,
   * Konferensi Waligereja Indonesia, Hebra East Summit (a mountain's). A name they head keeps the finder's type.
   */
  private static final Set<String> EVENT_OR_OTHER = Set.of("conference", "games", "konferensi", "kongres", "summit");

  /**
   * Whether a name of several words is an event's by its head word, an event cue of the language
   * ({@code event-cues-<lang>.txt}): the head as English writes it, before an inner {@code of} or last, a Roman
   * numeral or number after it skipped (Davis Cup, Cuban Missile Crisis, Battle of Britain, World War II); the first
   * word in Indonesian and Malay (Piala Dunia, Perang Dunia II, Pemilu 2019). The trained finders know no EVENT (none
   * of their data labels one) and call such names people, bodies or places.
   */
  private static boolean eventName(String[] parts, String lang, NameLexicon.Words words) {
    String head;
    if (INDONESIAN_AND_MALAY.contains(lang)) {
      head = parts[0];
    } else {
      int n = parts.length;
      while (n > 2 && (ROMAN.matcher(parts[n - 1]).matches() || Character.isDigit(parts[n - 1].charAt(0)))) {
        n--;
      }
      head = head(Arrays.copyOf(parts, n));
    }
    String word = head.toLowerCase(Locale.ROOT);
    return words.eventCues().contains(word) && !EVENT_OR_OTHER.contains(word);
  }

  /**
   * Head words that make a body only before "of" ({@code Bank of Scotland}, {@code Central Bank of Nigeria}): ending
   * a name they as often make a place ({@code South Bank}, {@code Dogger Bank}), so they are not in
   * {@code org-heads-en.txt}. As written, capitalised.
   */
  private static final Set<String> HEADS_BEFORE_OF = Set.of("Bank");

  /** Whether a name's head word is one of {@link #HEADS_BEFORE_OF} before an inner "of". */
  private static boolean headOfPlace(String[] parts) {
    for (int i = 1; i < parts.length - 1; i++) {
      if (parts[i].equals("of")) {
        return HEADS_BEFORE_OF.contains(parts[i - 1]);
      }
    }
    return false;
  }

  /**
   * The head word of a name of several words, as English writes them: the word before the first inner
   * {@code of} (University of London, Florida Department of Law Enforcement), else the last word
   * (Brampton City Council).
   */
  static String head(String[] parts) {
    for (int i = 1; i < parts.length - 1; i++) {
      if (parts[i].equals("of")) {
        return parts[i - 1];
      }
    }
    return parts[parts.length - 1];
  }

  /**
   * Gives one-word PERSON spans the key of the one PERSON (a multi-word name, or a word the finder was sure
   * of, as after a title) whose first or last word they are;
   * keeps the unresolved ones the finder was sure enough of; drops the rest.
   */
  private List<Candidate> resolveSingles(String text, List<Candidate> candidates, String lang,
      NameLexicon.Words words) {
    // one-word spans of other types are kept when the finder was sure enough (below)
    // full names first: a short form names the one full name it is part of
    Map<String, String> byPart = personKeysByNamePart(candidates, 1);
    // a full name's surname that the finder once called a body or a place is the person still: Laura Ingraham ...
    // Ingraham (a name no gazetteer knows: a known place or body has its key already); only where the full name
    // opens with a given name (NameLexicon#givenName) or follows a title (Prime Minister Viktor Orban ... Orban),
    // since the finder also calls Honda Pilot or Siloam Purwakarta a person, and their Pilot or Purwakarta should not
    // follow; only after the full name's first mention (Dell reported … Michael Dell said: the company came first),
    // and not where the word is ambiguous among people
    List<Candidate> givenNamed = lexicon.hasGivenNames(lang) ? candidates.stream()
        .filter(c -> c.type() == EntityType.PERSON && c.key() != null
            && (lexicon.givenName(firstWord(c.text()).toLowerCase(Locale.ROOT), lang)
                || titledAt(text, c.start(), words)))
        .toList() : List.of();
    Map<String, String> bySurname = personKeysByNamePart(givenNamed, 2, true);
    Map<String, Integer> firstMention = new HashMap<>();
    for (Candidate c : givenNamed) {
      firstMention.merge(c.key(), c.start(), Math::min);
    }
    for (Candidate c : candidates) { // then one-word names the finder was sure of, where no full name has them
      if (c.type() == EntityType.PERSON && c.key() == null && c.score() >= MIN_SCORE) {
        byPart.putIfAbsent(c.text(), Slugs.key(EntityType.PERSON.name(), c.text()));
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.key() != null) {
        // Bin Laden, Al-Assad after the full name: its short form (byPart holds no other name of several words)
        // whatever the finder typed it (De Gea, as a body once): one sense with the full name
        String full = c.text().indexOf(' ') > 0 || isArticledWord(c.text()) ? byPart.get(c.text()) : null;
        out.add(full == null || full.isEmpty() ? c : c.rekeyed(full, EntityType.PERSON)); // Bin Laden: Osama's
        continue;
      }
      String person = c.type() == EntityType.PERSON ? byPart.get(c.text()) : bySurname.get(c.text());
      if (c.type() != EntityType.PERSON && person != null && (person.isEmpty()
          || !person.equals(byPart.get(c.text())) || c.start() < firstMention.get(person))) {
        person = null;
      }
      if (person == null && c.score() == CUED_SUPPORT) {
        person = surnameOf(candidates, c.text()); // Kylian Mbappe … Mbappe's stock: his, not a company's
      }
      boolean ownKey = person != null && person.equals(Slugs.key(EntityType.PERSON.name(), c.text()));
      if (ownKey && (pluralNounOpeningSentence(text, c, lang) || singularDemonym(text, c, lang, words))) {
        continue; // Cons: …, Detectives said: a common noun the finder read as a name for its capital
      }
      if (ownKey && cityNotPerson(text, c, candidates, words)) {
        out.add(c.rekeyed(Slugs.key(EntityType.LOCATION.name(), c.text()), EntityType.LOCATION));
        continue; // Brno, Nablus, Guilin: the finder knew no such place
      }
      if (person != null && !person.isEmpty()) {
        out.add(c.rekeyed(person, EntityType.PERSON));
      } else if (c.score() >= MIN_SCORE) {
        out.add(c.rekeyed(Slugs.key(c.type().name(), c.text()), c.type()));
      }
    }
    return out;
  }

  /**
   * The key of the one person of several words whose name ends with {@code word} ({@code Kylian Mbappe} for {@code
   * Mbappe}), or null when none or several do. A first word is not read so: the finder's false people open with a
   * company's name ({@code Pirelli Cables}, {@code Jones Medical}).
   */
  private static String surnameOf(List<Candidate> candidates, String word) {
    String key = null;
    for (Candidate o : candidates) {
      if (o.type() == EntityType.PERSON && o.key() != null && o.text().endsWith(" " + word)) {
        if (key != null && !key.equals(o.key())) {
          return null;
        }
        key = o.key();
      }
    }
    return key;
  }

  /**
   * Whether the one-word {@code c}, which names no full name's person, opens a sentence (after spaces or an opening
   * mark) and is a dictionary word's plural ({@code Cons}, {@code Detectives}, {@code Casinos}): capitalised only by
   * its place. A surname like {@code Woods} is the short form of the full name where the article has it, and a listed
   * given name is none ({@code James}, {@code Miles}); English only.
   */
  private boolean pluralNounOpeningSentence(String text, Candidate c, String lang) {
    String lower = c.text().toLowerCase(Locale.ROOT);
    if (!"en".equals(lang) || lower.length() < 4 || !lower.endsWith("s") || lower.indexOf(' ') >= 0) {
      return false;
    }
    return opensSentence(text, c.start(), OPENING_MARKS, ".!?:\n")
        && lexicon.dictionaryWord(lower.substring(0, lower.length() - 1), lang) && !lexicon.listedName(lower, lang);
  }

  /**
   * Whether the one-word PERSON {@code c}, which names no full name's person, is a city of 100,000 people or more
   * ({@link NameLexicon#largeCity}: {@code Brno}, {@code Nablus}, {@code Maracaibo}) and nothing else makes it a
   * person: no English given name or dictionary word ({@code Norman}, {@code Charlotte}, {@code Mobile}; a smaller
   * town's name is often a surname, so smaller towns are not read), no title before, no age, reporting verb or {@code
   * , who} after any of its mentions ({@code Mr. Lafayette}, {@code Rodriguez said}), no full name of the article
   * ending in it ({@code Facundo Medina}, whatever the finder typed it), and the gazetteer does not know it; and some
   * mention stands where a place stands ({@link #CITY_PREPOSITIONS}, {@link #placeBefore}: {@code in Brno}, {@code
   * the port of Santos}), since many large cities' names are surnames too ({@code Santos}, {@code Bolton}, {@code
   * Medina}). Any language: foreign cities are rare in every finder's training text.
   */
  private boolean cityNotPerson(String text, Candidate c, List<Candidate> candidates, NameLexicon.Words words) {
    String lower = c.text().toLowerCase(Locale.ROOT);
    if (c.text().indexOf(' ') >= 0 || !lexicon.largeCity(c.text()) || lexicon.listedName(lower, "en")
        || lexicon.dictionaryWord(lower, "en") || gazetteer.lookup(c.text(), "en").isPresent()) {
      return false;
    }
    boolean placed = false; // some mention stands where a place stands: in Brno, the port of Santos
    Candidate previous = null;
    for (Candidate o : candidates) {
      if (o.text().equals(c.text())) {
        if (personAt(text, o.start(), o.end(), words) || speaks(text, o.end())) {
          return false;
        }
        placed |= placeBefore(text, o.start(), CITY_PREPOSITIONS) || previous != null
            && (previous.type() == EntityType.LOCATION || lexicon.largeCity(previous.text()))
            && LIST_JOINERS.matcher(text).region(previous.end(), o.start()).matches()
            || placeAfterComma(text, o.end());
      } else if (o.text().endsWith(" " + c.text())) {
        return false; // Facundo Medina … Medina: a full name's word, whatever the finder typed the full name
      }
      previous = o;
    }
    return placed;
  }

  /** What joins the names of a list: {@code in Arad, Oradea and Sibiu}. */
  private static final Pattern LIST_JOINERS = Pattern.compile(" ?, ?| and | or | ?, and ");

  /** Whether a comma and a known place follow {@code end}: {@code Albuquerque, N.M.}, {@code Brno, Czech Republic}. */
  private boolean placeAfterComma(String text, int end) {
    int at = end < text.length() && text.charAt(end) == ' ' ? end + 1 : end;
    if (at + 2 >= text.length() || text.charAt(at) != ',' || text.charAt(at + 1) != ' ') {
      return false;
    }
    int from = at + 2;
    int to = from;
    while (to < text.length() && (Character.isLetter(text.charAt(to)) || text.charAt(to) == '.')) {
      to++;
    }
    if (to == from || !Character.isUpperCase(text.charAt(from))) {
      return false;
    }
    String place = text.substring(from, to); // N.M. keeps its dots; a sentence's full stop goes
    return knownPlace(place) || place.endsWith(".") && knownPlace(place.substring(0, place.length() - 1));
  }

  private boolean knownPlace(String name) {
    return gazetteer.lookup(name, "en").filter(e -> e.type() == EntityType.LOCATION).isPresent();
  }

  /** Words that put a place after them and almost never a person ({@code in Brno}, {@code near Nablus}, {@code di}). */
  private static final Set<String> CITY_PREPOSITIONS = Set.of("in", "near", "outside", "around", "across", "into",
      "di", "ke");
  /** Nouns that put a place after {@code of}: {@code the port of Santos}, {@code the city of Guilin}. */
  private static final Set<String> PLACE_OF = Set.of("port", "city", "town", "province", "region", "capital",
      "outskirts", "suburbs", "centre", "center", "kota");

  /** Whether one of {@code prepositions}, or a place's noun and {@code of}, stands right before {@code start}. */
  private static boolean placeBefore(String text, int start, Set<String> prepositions) {
    String before = wordBefore(text, start).toLowerCase(Locale.ROOT);
    if (prepositions.contains(before)) {
      return true;
    }
    return "of".equals(before)
        && PLACE_OF.contains(wordBefore(text, text.lastIndexOf("of", start - 1)).toLowerCase(Locale.ROOT));
  }

  /** Whether a reporting verb or {@code , who} follows the name ending at {@code end}: a person's. */
  private static boolean speaks(String text, int end) {
    return REPORTING_VERBS.contains(wordAfterSpace(text, end))
        || text.startsWith(", who", end) || text.startsWith(" , who", end);
  }

  /**
   * Whether the one-word PERSON {@code c}, which names no full name's person, is a country's people in the singular
   * ({@code Rwandan refugees}, {@code an Austrian official}, {@code Chilean}): {@link #demonym} reads a span the finder
   * typed PERSON in the plural only, since a singular can be a surname ({@code Mark Cuban}); with no full name in
   * the article to be the short form of, it is the adjective. English only; not after a title or before an age, a
   * reporting verb or {@code , who} ({@code Mr. Cuban}, {@code Omani, 31,}, {@code Irani said}), nor a listed given
   * name ({@code Malin}).
   */
  private boolean singularDemonym(String text, Candidate c, String lang, NameLexicon.Words words) {
    return "en".equals(lang) && c.text().indexOf(' ') < 0 && demonym(c.text(), lang, EntityType.LOCATION)
        && !personAt(text, c.start(), c.end(), words) && !speaks(text, c.end())
        && !lexicon.listedName(c.text().toLowerCase(Locale.ROOT), lang)
        && gazetteer.lookup(c.text(), lang).map(e -> !e.sure()).orElse(true);
  }

  /** Spans of one name (slug) with different types in one article all take the best-supported type. */
  private static List<Candidate> oneSensePerArticle(List<Candidate> candidates) {
    Map<String, String> knownKeys = new HashMap<>();
    Map<String, Map<EntityType, Double>> support = new HashMap<>();
    for (Candidate c : candidates) {
      if (c.known()) {
        knownKeys.putIfAbsent(Slugs.slug(c.text()), c.key());
      } else {
        support.computeIfAbsent(slug(c.key()), k -> new LinkedHashMap<>()).merge(c.type(), c.score(), Double::sum);
      }
    }
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      String known = c.known() ? null : knownKeys.get(slug(c.key()));
      Map<EntityType, Double> types = c.known() ? null : support.get(slug(c.key()));
      if (known != null) {
        out.add(c.rekeyed(known, EntityType.valueOf(known.substring(0, known.indexOf('#')))));
      } else if (types != null && types.size() > 1) {
        EntityType best = types.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        out.add(c.rekeyed(best.name() + "#" + slug(c.key()), best));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * A company named once with its legal form ({@code Barrick Gold Corp}, {@code Bre-X Minerals Ltd}, {@code Koninklijke
   * Ahold NV}) and elsewhere by the first word or words of the rest ({@code Barrick}, {@code Barrick Gold}, {@code
   * Bre-X}) is one body, whether the finder read the short form as a person ({@code Barrick said}) or a body of its
   * own ({@code Freeport} after {@code PT Freeport Indonesia}): the short form takes the company's key; in English
   * a capitalised word the finder left untagged that is such a one-word short form becomes a mention too, unless it
   * opens its sentence or a capitalised word or number follows it ({@code Phillips 66}, {@code Victoria Premier}).
   * Only where one company of the article fits the short form, the short
   * form's first word is no word the gazetteer knows ({@code American} of {@code American Airlines Inc}), no English
   * dictionary word ({@code General} of {@code General Motors Corp}), no cue or title ({@code Bank} of {@code PT Bank
   * Mandiri Tbk}), and the article makes no person of it: no full person name has it ({@code Kors} of {@code Michael
   * Kors} and {@code Kors Holdings Ltd}), no title comes before it ({@code Mr Tata}, {@code Prime Minister Morrison})
   * and no age after it ({@code Boyd, 41,}). A short form the finder called a place after a place's preposition
   * stays one ({@link #PLACE_PREPOSITIONS}: {@code in Poso}).
   */
  private List<Candidate> companyShortForms(String text, List<List<Token>> sentenceTokens, List<Candidate> candidates,
      String lang, NameLexicon.Words words) {
    Map<String, String> keyByShortForm = null;
    for (Candidate c : candidates) {
      String core = c.type() == EntityType.ORGANIZATION && c.text().indexOf(' ') > 0
          ? withoutLegalForms(c.text(), lexicon.legalForms()) : null;
      String[] w = core == null ? null : core.split(" ");
      if (w == null || !companyWord(text, w[0], lang, words)) {
        continue;
      }
      if (keyByShortForm == null) {
        keyByShortForm = new HashMap<>();
      }
      for (int n = 1; n <= w.length; n++) {
        String shortForm = String.join(" ", java.util.Arrays.copyOfRange(w, 0, n));
        String before = keyByShortForm.putIfAbsent(shortForm, c.key());
        if (before != null && !before.equals(c.key())) {
          keyByShortForm.put(shortForm, ""); // two companies fit: neither takes it
        }
      }
    }
    if (keyByShortForm == null) {
      return candidates;
    }
    for (Candidate c : candidates) { // a full person name's words are the person's; a place stays one
      if (c.type() == EntityType.PERSON && c.text().indexOf(' ') > 0) {
        for (String part : nameParts(c.text())) {
          keyByShortForm.remove(part);
        }
      } else if (c.type() == EntityType.LOCATION && (placeBefore(text, c.start(), PLACE_PREPOSITIONS)
          || PLACE_HEADS_AFTER.contains(wordAfterSpace(text, c.end())))
          || personAt(text, c.start(), c.end(), words)) {
        keyByShortForm.remove(c.text()); // Poso of Poso Energy (a plant in Poso); Mr Tata
      }
    }
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      String key = c.known() ? null : keyByShortForm.get(c.text());
      out.add(key == null || key.isEmpty() ? c : c.rekeyed(key, EntityType.ORGANIZATION));
    }
    if (!"en".equals(lang)) {
      return out;
    }
    CandidateCursor cursor = new CandidateCursor(out);
    for (List<Token> tokens : sentenceTokens) {
      for (int k = 0; k < tokens.size(); k++) {
        Token t = tokens.get(k);
        Candidate next = cursor.at(t);
        boolean covered = next != null && next.start() < t.end();
        String key = t.isCapitalized() && !covered ? keyByShortForm.get(t.text()) : null;
        boolean nameGoesOn = k + 1 < tokens.size() && (tokens.get(k + 1).isCapitalized()
            || Character.isDigit(tokens.get(k + 1).text().charAt(0)));
        if (key != null && !key.isEmpty() && !nameGoesOn && !personAt(text, t.start(), t.end(), words)
            && !credits.isCredit(text, t.start())) {
          out.add(new Candidate(key, EntityType.ORGANIZATION, t.text(), t.start(), t.end(), 1.0, false, false, null));
        }
      }
    }
    out.sort(Comparator.comparingInt(Candidate::start));
    return out;
  }

  /**
   * Prepositions (English and Indonesian, written small) that put a place after them, not a company: a plant {@code
   * in Poso}, {@code near Santa Fe}, {@code di Poso}. A short form the finder called a place elsewhere ({@code the
   * proposal from Newmont}, {@code Santa Fe rejects}) is the company's.
   */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside", "inside", "across", "around",
      "to", "at", "into", "via", "towards", "toward", "throughout", "di", "ke", "dari", "menuju", "sekitar", "warga");

  /**
   * The regency's offices and bodies, after which a one-word regency and a name are the place and its office holder
   * ({@code Bupati Kampar Catur Sugeng Susanto}); not a preposition, after which the words are as often a headline's
   * ({@code di Bantaeng Tewas Tersambar Petir}), nor a company's ({@code Toba Bara Sejahtra}).
   */
  private static final Set<String> REGENCY_OFFICES = Set.of("kota", "bupati", "wabup", "pemkab", "pemkot", "dprd",
      "polres", "kapolres", "wakapolres", "kejari", "kajari", "kodim", "dandim");

  /**
   * Offices held for a province or a country, after which a known place and one name are the place and its office
   * holder ({@code Gubernur Jawa Timur Soekarwo}, {@code Presiden Prancis Macron}), as after {@link #REGENCY_OFFICES}.
   */
  private static final Set<String> PLACE_OFFICES = Set.of("gubernur", "wagub", "kapolda", "wakapolda", "pangdam",
      "kajati", "presiden", "kanselir", "menteri", "pm");

  /**
   * Words after which a one-word regency ({@link Gazetteer#placeByContext}) is the place: a place's preposition
   * ({@code di Brebes}, {@code warga Sampang}), the unit ({@code Kabupaten}, {@code Kab.}, {@code Kota}) and the
   * regency's offices and bodies ({@code Bupati Lamongan}, {@code Kapolres Purwakarta}, {@code Pemkab Pati}).
   */
  private static final Set<String> REGENCY_CONTEXT = java.util.stream.Stream.of(PLACE_PREPOSITIONS, REGENCY_OFFICES,
      Set.of("kabupaten", "kab", "kecamatan", "asal", "regency")).flatMap(Set::stream)
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * Whether the text puts a one-word regency at {@code start} in place: a place's word before it ({@link
   * #regencyContext}) or a list after a place ({@link #placeListedBefore}).
   */
  private boolean regencyPlaced(String text, int start, String lang) {
    return regencyContext(text, start) || placeListedBefore(text, start, lang, 0);
  }

  /** The most places {@link #placeListedBefore} reads back along a list. */
  private static final int LISTED_PLACES = 8;

  /**
   * Whether a list puts a place right before {@code start}: a comma or {@code dan}/{@code and} after a name of one to
   * three capitalised words that the gazetteer knows for sure as a place ({@code Rote Ndao, Takalar}), or that is a
   * one-word regency a place's word or such a list puts in place ({@code Kabupaten Maros, Takalar dan Sigi}). A list of
   * people stays one ({@code Ronald Samosir, Agam dan Sarmi}).
   */
  private boolean placeListedBefore(String text, int start, String lang, int depth) {
    int end = start;
    if (end >= 2 && text.startsWith(", ", end - 2)) {
      end -= 2;
    } else if (end >= 5 && (text.startsWith(" dan ", end - 5) || text.startsWith(" and ", end - 5))) {
      end -= text.startsWith(", ", end - 6) && end >= 6 ? 6 : 5;
    } else {
      return false;
    }
    int from = end;
    for (int words = 0; words < 3; words++) {
      int wordStart = from;
      while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      if (wordStart == from || !Character.isUpperCase(text.charAt(wordStart))) {
        return false;
      }
      Optional<Gazetteer.Entry> known = gazetteer.lookup(text.substring(wordStart, end), lang)
          .filter(e -> e.type() == EntityType.LOCATION);
      if (known.isPresent()) {
        return known.get().sure() || gazetteer.placeByContext(known.get()) && depth < LISTED_PLACES
            && (regencyContext(text, wordStart) || placeListedBefore(text, wordStart, lang, depth + 1));
      }
      if (wordStart == 0 || text.charAt(wordStart - 1) != ' ') {
        return false;
      }
      from = wordStart - 1;
    }
    return false;
  }

  /** Whether a word of {@link #REGENCY_CONTEXT}, perhaps with its dot, stands right before {@code start}. */
  private static boolean regencyContext(String text, int start) {
    return REGENCY_CONTEXT.contains(wordBefore(text, start, true).toLowerCase(Locale.ROOT));
  }

  /** Place nouns written small after a place's name: {@code Anhui province}, {@code kabupaten} comes before. */
  private static final Set<String> PLACE_HEADS_AFTER = Set.of("province", "region", "island", "county", "state",
      "city", "district", "provinsi", "kota");

  /** A comma, an age of one to three digits and a comma: {@code Boyd, 41,}. */
  private static final Pattern AGE_AFTER = Pattern.compile(", \\d{1,3},");

  /** Whether the name at {@code start}..{@code end} is a person's by a title before it or an age after it. */
  private static boolean personAt(String text, int start, int end, NameLexicon.Words words) {
    return titledAt(text, start, words) || AGE_AFTER.matcher(text).region(end, text.length()).lookingAt();
  }

  /**
   * Whether {@code word} may open a company's short form ({@link #companyShortForms}): a capitalised word with a
   * small letter (an acronym like {@code AI} of {@code AI Ltd} names more than the company) that the article never
   * writes small ({@code kereta} of {@code Kereta Api Indonesia}), no English dictionary word (Indonesian companies
   * take English names: {@code First Travel}), nor a word the gazetteer knows, a cue, a title or a people.
   */
  private boolean companyWord(String text, String word, String lang, NameLexicon.Words words) {
    String lower = word.toLowerCase(Locale.ROOT);
    return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && !word.equals(word.toUpperCase(Locale.ROOT))
        && gazetteer.lookup(word, lang).isEmpty()
        && !lexicon.dictionaryWord(lower, "en") && !commonWord(text, word, words) && !cueOrTitle(word, words)
        && !words.demonyms().contains(lower);
  }

  /**
   * An organisation named once in full with its place ({@code Dinas Perdagangan Jawa Timur}, {@code Komisi
   * Militer Pusat Korea Utara}; a place word may come between: {@code Dinas Perdagangan Provinsi Jawa Timur})
   * and elsewhere by the rest of its name ({@code Dinas Perdagangan}) is one body: the short form (two words or
   * more, not a known name) takes the full name's key when exactly one full name in the article fits it. A
   * short form that holds a name of its own ({@code Partai Golkar}, {@code TNI AL}: a word the gazetteer
   * knows or the article names alone) is a body in its own right, not the local branch the full name is.
   */
  private List<Candidate> shortOrganisations(List<Candidate> candidates, String lang, NameLexicon.Words words) {
    java.util.Set<String> places = new java.util.HashSet<>();
    java.util.Set<String> named = new java.util.HashSet<>();
    for (Candidate c : candidates) {
      named.add(c.text().toLowerCase(Locale.ROOT));
      if (c.type() == EntityType.LOCATION) {
        places.add(c.text().toLowerCase(Locale.ROOT));
      }
    }
    Map<String, java.util.Set<String>> fullKeys = new HashMap<>();
    for (Candidate c : candidates) {
      String[] w = c.type() == EntityType.ORGANIZATION ? c.text().split(" ") : new String[0];
      for (int cut = 1; cut < w.length; cut++) {
        String word = w[cut - 1];
        if (named.contains(word.toLowerCase(Locale.ROOT)) || gazetteer.lookup(word, lang).isPresent()) {
          break; // this and every longer short form holds a name of its own
        }
        if (cut == 1) {
          continue; // a short form has two words or more
        }
        int from = cut;
        while (from < w.length - 1 && words.placeCues().contains(w[from].toLowerCase(Locale.ROOT))) {
          from++;
        }
        String rest = String.join(" ", java.util.Arrays.copyOfRange(w, from, w.length));
        if (places.contains(rest.toLowerCase(Locale.ROOT))
            || gazetteer.lookup(rest, lang).filter(e -> e.type() == EntityType.LOCATION).isPresent()) {
          String shortForm = String.join(" ", java.util.Arrays.copyOfRange(w, 0, cut)).toLowerCase(Locale.ROOT);
          fullKeys.computeIfAbsent(shortForm, k -> new java.util.HashSet<>()).add(c.key());
        }
      }
    }
    if (fullKeys.isEmpty()) {
      return candidates;
    }
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      java.util.Set<String> keys = c.type() == EntityType.ORGANIZATION && !c.known()
          ? fullKeys.get(c.text().toLowerCase(Locale.ROOT)) : null;
      out.add(keys != null && keys.size() == 1 && !keys.contains(c.key())
          ? c.rekeyed(keys.iterator().next(), EntityType.ORGANIZATION) : c);
    }
    return out;
  }

  /**
   * A name followed by its short form in brackets ({@code Ikatan Ahli Perencanaan Indonesia (IAPI)}, {@code Joko
   * Widodo (Jokowi)}, {@code National Nuclear Security Administration (NNSA)}) is one entity: the short form, here
   * and wherever else the article uses it, takes the full name's key. The short form must abbreviate the name (its
   * letters in the name's order, the first one the name's first letter, after Schwartz and Hearst 2003), so a
   * person's party or a town's province in brackets ({@code Anies Baswedan (PKS)}, {@code Sleman (DIY)}) stays
   * apart. When the gazetteer knows the short form and not the name, the name takes the known key if the short form
   * abbreviates it and the gazetteer gives no other full name ({@code Advanced Micro Devices (AMD)}; not {@code
   * Partai Bulan Bintang (PBB)}, whose PBB is not the United Nations' one), or, for an organisation's acronym that
   * does not abbreviate it, if it is the name in the article's language ({@code Badan Kesehatan Dunia (WHO)}) and
   * holds no name the acronym stands for ({@code Majelis Umum Perserikatan Bangsa-Bangsa (PBB)} is the General
   * Assembly, not the United Nations). Two known names stay as the gazetteer keys them. An acronym the gazetteer
   * knows as another body's takes, here and wherever else the article uses it, the key of the full name the article
   * gives it when it abbreviates it, the gazetteer does not know it and it holds no name of the known body ({@code
   * Australian Federal Police (AFP)}: not the news agency; but {@code Komisi Pemilihan Umum Republik Indonesia (KPU)}
   * is the known KPU).
   */
  private List<Candidate> bracketedShortForms(String text, List<Candidate> candidates, String lang) {
    Map<String, Candidate> keyOfShortForm = null; // short form's text -> the full name whose key it takes
    Map<String, Candidate> keyOfFullName = null; // unknown full name's key -> the known short form
    Map<String, Candidate> redefined = null; // a known acronym's text -> the full name the article gives it
    for (int i = 0; i + 1 < candidates.size(); i++) {
      Candidate full = candidates.get(i);
      Candidate brief = candidates.get(i + 1);
      if (!bracketed(text, full.end(), brief.start(), brief.end()) || full.key().equals(brief.key())
          || nameParts(full.text()).length < 2 || nameParts(brief.text()).length > 2) {
        continue;
      }
      boolean abbreviation = abbreviates(brief.text(), full.text())
          && !(full.type() == EntityType.LOCATION && wholeWordOf(brief.text(), full.text()));
      if (!brief.known() && (abbreviation
          || full.type() == EntityType.ORGANIZATION && ticker(brief.text(), full.text()))) {
        if (keyOfShortForm == null) {
          keyOfShortForm = new HashMap<>();
        }
        keyOfShortForm.putIfAbsent(brief.text(), full);
      } else if (!full.known() && brief.known() && full.type() == EntityType.ORGANIZATION
          && brief.type() == EntityType.ORGANIZATION && acronym(brief.text()) && (abbreviation
          ? brief.canonical() == null || Slugs.slug(brief.canonical()).equals(Slugs.slug(full.text()))
          : !holdsKey(full.text(), brief.key(), lang) && translation(full.text(), brief, lang))) {
        if (keyOfFullName == null) {
          keyOfFullName = new HashMap<>();
        }
        keyOfFullName.putIfAbsent(full.key(), brief);
      } else if (!full.known() && brief.alias() && abbreviation && acronym(brief.text()) && brief.canonical() != null
          && !Slugs.slug(full.text()).contains(Slugs.slug(brief.canonical()))
          && !holdsKey(full.text(), brief.key(), lang)) {
        // not the known body named at more length (Komisi Pemilihan Umum Republik Indonesia (KPU))
        if (redefined == null) { // Australian Federal Police (AFP): not the news agency the gazetteer's AFP is
          redefined = new HashMap<>();
        }
        redefined.putIfAbsent(brief.text(), full);
      }
    }
    if (keyOfShortForm == null && keyOfFullName == null && redefined == null) {
      return candidates;
    }
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      Candidate to = redefined == null ? null : redefined.get(c.text());
      to = to != null || keyOfShortForm == null || c.known() ? to : keyOfShortForm.get(c.text());
      if (to == null && keyOfFullName != null && !c.known()) {
        to = keyOfFullName.get(c.key());
      }
      out.add(to == null ? c : c.rekeyed(to.key(), to.type()));
    }
    return out;
  }

  /** The legal forms of companies whose shares trade, whose name a ticker in brackets follows. */
  private static final Set<String> LISTED_FORMS = Set.of("tbk", "inc", "corp", "plc", "ag", "se", "nv", "sa", "bhd");

  /**
   * Whether {@code brief} is the stock ticker of the listed company {@code full}: two to five capitals after a name
   * ending in a listed company's legal form ({@code PT Bank Central Asia Tbk (BBCA)}, {@code Apple Inc (AAPL.O)}),
   * which need not abbreviate it.
   */
  private static boolean ticker(String brief, String full) {
    int space = full.lastIndexOf(' ');
    if (brief.length() < 2 || brief.length() > 5 || space < 0
        || !LISTED_FORMS.contains(bare(full.substring(space + 1)))) {
      return false;
    }
    for (int i = 0; i < brief.length(); i++) {
      if (brief.charAt(i) < 'A' || brief.charAt(i) > 'Z') {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code brief} is one of {@code full}'s words: after a place, a containing region ({@code Aceh Besar (Aceh)}). */
  private static boolean wholeWordOf(String brief, String full) {
    for (String w : nameParts(full)) {
      if (w.equalsIgnoreCase(brief)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an organisation's name may be the article's-language name of the known body {@code brief} abbreviates
   * elsewhere: the acronym is international (English names it too, so not an Indonesian party's PPP) and the name
   * holds no place ({@code Polisi Federal Australia (AFP)} is no news agency, {@code Partai Rakyat Pakistan (PPP)} no
   * Indonesian party) but perhaps a world region ({@code Persatuan Asosiasi Sepak Bola Eropa (UEFA)}).
   */
  private boolean translation(String full, Candidate brief, String lang) {
    if (gazetteer.lookup(brief.text(), "en").filter(e -> e.key().equals(brief.key())).isEmpty()) {
      return false;
    }
    return !someRun(nameParts(full), 3, lang, e -> e.type() == EntityType.LOCATION && !gazetteer.isRegion(e.key()));
  }

  /** Whether some run of {@code name}'s words, not all of them, is a name the gazetteer keys {@code key}. */
  private boolean holdsKey(String name, String key, String lang) {
    String[] w = name.split(" ");
    return someRun(w, w.length - 1, lang, e -> e.key().equals(key));
  }

  /** Whether some run of at most {@code longest} of {@code words} is a name the gazetteer knows and {@code test} takes. */
  private boolean someRun(String[] words, int longest, String lang, java.util.function.Predicate<Gazetteer.Entry> test) {
    for (int from = 0; from < words.length; from++) {
      for (int to = from + 1; to <= Math.min(words.length, from + longest); to++) {
        if (gazetteer.lookup(String.join(" ", java.util.Arrays.copyOfRange(words, from, to)), lang).filter(test)
            .isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether only an opening bracket comes between {@code end} and {@code start}, and a closing one after {@code
   * briefEnd}, perhaps after an exchange's code ({@code AAPL.O}, {@code BBCA.JK}).
   */
  private static boolean bracketed(String text, int end, int start, int briefEnd) {
    int open = 0;
    for (int i = end; i < start; i++) {
      char ch = text.charAt(i);
      if (ch == '(') {
        open++;
      } else if (!Character.isWhitespace(ch)) {
        return false;
      }
    }
    int close = briefEnd;
    if (close + 2 < text.length() && text.charAt(close) == '.' && Character.isUpperCase(text.charAt(close + 1))) {
      close += text.charAt(close + 2) == ')' ? 2 : Character.isUpperCase(text.charAt(close + 2)) ? 3 : 0; // AAPL.O
    }
    while (close < text.length() && Character.isWhitespace(text.charAt(close))) {
      close++;
    }
    return open == 1 && close < text.length() && text.charAt(close) == ')';
  }

  /**
   * Whether {@code brief} abbreviates {@code full}: each of its letters and digits found in {@code full} in order
   * (case aside), the first one the first letter of {@code full} (IAPI, Kemensos, Jokowi, BPH Migas).
   */
  static boolean abbreviates(String brief, String full) {
    String b = brief.toLowerCase(Locale.ROOT);
    String f = full.toLowerCase(Locale.ROOT);
    int j = 0;
    boolean first = true;
    for (int i = 0; i < b.length(); i++) {
      char ch = b.charAt(i);
      if (!Character.isLetterOrDigit(ch)) {
        continue;
      }
      if (first) {
        if (f.isEmpty() || f.charAt(0) != ch) {
          return false;
        }
        j = 1;
        first = false;
        continue;
      }
      while (j < f.length() && f.charAt(j) != ch) {
        j++;
      }
      if (j == f.length()) {
        return false;
      }
      j++;
    }
    return !first && b.length() < f.length();
  }

  private static String slug(String key) {
    return key.substring(key.indexOf('#') + 1);
  }

  private static List<Entity> merge(List<Candidate> candidates, String text, String title) {
    Map<String, List<Candidate>> byKey = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      if (!c.key().endsWith("#")) {
        byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
      }
    }
    int most = byKey.values().stream().mapToInt(List::size).max().orElse(1);
    String lowerTitle = title == null ? "" : title.toLowerCase(Locale.ROOT);
    List<Entity> out = new ArrayList<>();
    for (var entry : byKey.entrySet()) {
      List<Candidate> group = entry.getValue();
      String canonical = canonical(group);
      List<String> aliases = new ArrayList<>();
      List<Mention> mentions = new ArrayList<>();
      boolean inTitle = false;
      for (Candidate c : group) {
        mentions.add(new Mention(c.text(), c.start(), c.end()));
        if (!c.text().equals(canonical) && !aliases.contains(c.text())) {
          aliases.add(c.text());
        }
        inTitle |= !lowerTitle.isEmpty() && lowerTitle.contains(c.text().toLowerCase(Locale.ROOT));
      }
      double position = 1.0 - (double) group.get(0).start() / Math.max(1, text.length());
      double salience = 0.5 * group.size() / most + 0.3 * position + (inTitle ? 0.2 : 0.0);
      out.add(Entity.named(entry.getKey(), group.get(0).type(), canonical, aliases,
          Math.round(salience * 1000) / 1000.0, mentions));
    }
    return out;
  }

  /** Most words, then most frequent, then first seen; forms seen only via the alias table lose. */
  private static String canonical(List<Candidate> group) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    group.forEach(c -> counts.merge(c.text(), 1, Integer::sum));
    String best = null;
    int bestScore = -1;
    for (Candidate c : group) {
      boolean shouted = c.text().equals(c.text().toUpperCase(Locale.ROOT)) && c.text().length() > 3;
      int score = (c.alias() ? 0 : 1_000_000) + (shouted ? 0 : 100_000) + nameParts(c.text()).length * 1000
          + counts.get(c.text());
      if (score > bestScore) {
        best = c.text();
        bestScore = score;
      }
    }
    boolean onlyAliases = group.stream().allMatch(Candidate::alias);
    return onlyAliases && group.get(0).canonical() != null ? group.get(0).canonical() : best;
  }
}
