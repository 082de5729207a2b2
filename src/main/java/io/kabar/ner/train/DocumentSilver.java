package io.kabar.ner.train;

import io.kabar.analysis.EntityType;
import io.kabar.ner.LabelledSentence;
import io.kabar.ner.NerTokenizer;
import io.kabar.nlp.DataFiles;
import io.kabar.nlp.Sentence;
import io.kabar.nlp.SentenceSplitter;
import io.kabar.nlp.Token;
import io.kabar.nlp.Tokenizer;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import opennlp.tools.util.Span;

/**
 * Silver training sentences from unlabelled news articles, labelled by a first-pass model and corrected by
 * <em>document-level label propagation</em> (issue 4, English newswire): within one article a name is mostly
 * one thing, and a person introduced by full name is then called by surname. So, per article:
 * <ol>
 *   <li>every sentence is tagged by the first-pass model;</li>
 *   <li>a name the model tagged with different types in the article gets the type most of its mentions have
 *       (a strict majority), and a one-word name that is the last word of a multi-word PERSON in the article is a
 *       PERSON unless other types outnumber those full names;</li>
 *   <li>a run of capitalised words the model left outside every name becomes a name when the article names the
 *       same words elsewhere (with the same article type), or, one word long, when it is such a surname
 *       ({@code "Heald said"} after {@code "Ken Heald"}; a run that starts the sentence and matches nothing is tried
 *       without its first word, {@code "But Heald said"}): the contexts the model misses are what it learns.</li>
 * </ol>
 * A sentence is kept when it has 6-60 tokens, at least one name, and no capitalised word outside a name after
 * its first token (months, weekdays, the language's person titles and {@code I} aside), so the learner is not
 * taught that a name is no name. The sentences are derived from the articles' text: they stay out of the
 * repository (the trainer makes them on each run).
 */
public final class DocumentSilver {
  static final int MIN_TOKENS = 6;
  static final int MAX_TOKENS = 60;
  /** Longer "sentences" (lists, tables run together) are neither tagged nor kept. */
  static final int MAX_TAGGED = 120;

  /**
   * What propagation made.
   *
   * @param sentences the kept sentences
   * @param seen      sentences of 6-60 tokens looked at
   * @param added     names added where the model had none
   * @param retyped   names whose type was changed to the article's
   */
  public record Result(List<LabelledSentence> sentences, int seen, int added, int retyped) {}

  private final String lang;
  private final Set<String> allowedCapitalised;
  private final int nonNameMinCount;
  private final double nonNameMaxShare;

  /** Propagation for articles in {@code lang} ({@code id} or {@code en}); a capitalised O word drops its sentence. */
  public DocumentSilver(String lang) {
    this(lang, 0, 0);
  }

  /**
   * Propagation for articles in {@code lang}; a capitalised word the model leaves outside names nearly everywhere
   * (see {@link #nonNames}) may stay O in a kept sentence ({@code nonNameMinCount} 0: never).
   */
  public DocumentSilver(String lang, int nonNameMinCount, double nonNameMaxShare) {
    this.lang = lang;
    this.nonNameMinCount = nonNameMinCount;
    this.nonNameMaxShare = nonNameMaxShare;
    Locale locale = Locale.forLanguageTag(lang);
    Set<String> allowed = new HashSet<>(DataFiles.lowerCaseSet(
        DataFiles.perLanguage("io/kabar/extract", "person-titles", lang)));
    for (Month m : Month.values()) {
      allowed.add(m.getDisplayName(TextStyle.FULL, locale).toLowerCase(Locale.ROOT));
    }
    for (DayOfWeek d : DayOfWeek.values()) {
      allowed.add(d.getDisplayName(TextStyle.FULL, locale).toLowerCase(Locale.ROOT));
    }
    if (lang.equals("en")) {
      allowed.add("i");
    }
    this.allowedCapitalised = Set.copyOf(allowed);
  }

  /** A sentence's tokens and the first-pass model's BIO tags for them. */
  private record Tagged(String[] words, String[] tags) {}

  /** Silver sentences from {@code articles} (plain text each), tagged by {@code tagger} (tokens to typed spans). */
  public Result propagate(List<String> articles, Function<String[], Span[]> tagger) {
    List<List<Tagged>> corpus = new ArrayList<>();
    for (String article : articles) {
      List<Tagged> sentences = new ArrayList<>();
      for (Sentence s : SentenceSplitter.standard().split(article, lang)) {
        String[] tokens = NerTokenizer.tokens(s.text(), lang).stream().map(Token::text).toArray(String[]::new);
        if (tokens.length > 0 && tokens.length <= MAX_TAGGED) {
          sentences.add(new Tagged(tokens, NerTrainer.bio(tokens.length, tagger.apply(tokens))));
        }
      }
      corpus.add(sentences);
    }
    Set<String> nonNames = nonNames(corpus);
    List<LabelledSentence> kept = new ArrayList<>();
    int[] counts = new int[3]; // seen, added, retyped
    for (List<Tagged> article : corpus) {
      Map<String, Map<String, Integer>> types = new HashMap<>();
      Map<String, Integer> surnames = new HashMap<>();
      for (Tagged s : article) {
        collect(s.words(), s.tags(), types, surnames);
      }
      for (Tagged s : article) {
        String[] w = s.words();
        if (w.length < MIN_TOKENS || w.length > MAX_TOKENS) {
          continue;
        }
        counts[0]++;
        String[] t = s.tags().clone();
        counts[2] += retype(w, t, types, surnames);
        counts[1] += addMissed(w, t, types, surnames);
        LabelledSentence ls = keep(w, t, nonNames);
        if (ls != null) {
          kept.add(ls);
        }
      }
    }
    return new Result(kept, counts[0], counts[1], counts[2]);
  }

  /**
   * Capitalised words the first-pass model leaves outside names nearly everywhere in the corpus (seen capitalised
   * after a sentence's first token at least {@code nonNameMinCount} times, inside a name in at most
   * {@code nonNameMaxShare} of those): a sentence may keep them as O, so the silver is not only sentences where
   * every capitalised word is a name (which teaches that it always is).
   */
  private Set<String> nonNames(List<List<Tagged>> corpus) {
    if (nonNameMinCount <= 0) {
      return Set.of();
    }
    Map<String, int[]> seen = new HashMap<>(); // word -> {capitalised mid-sentence, of which inside a name}
    for (List<Tagged> article : corpus) {
      for (Tagged s : article) {
        for (int i = 1; i < s.words().length; i++) {
          if (!opensSentence(s.words(), i) && capitalised(s.words()[i])) {
            int[] c = seen.computeIfAbsent(s.words()[i], x -> new int[2]);
            c[0]++;
            c[1] += s.tags()[i].equals("O") ? 0 : 1;
          }
        }
      }
    }
    Set<String> out = new HashSet<>();
    seen.forEach((word, c) -> {
      if (c[0] >= nonNameMinCount && c[1] <= nonNameMaxShare * c[0]) {
        out.add(word);
      }
    });
    return out;
  }

  /** The article's names: their types' counts, and the last words of its multi-word PERSONs. */
  private static void collect(String[] w, String[] t, Map<String, Map<String, Integer>> types,
      Map<String, Integer> surnames) {
    for (int i = 0; i < w.length; i++) {
      if (t[i].startsWith("B-")) {
        int end = end(t, i);
        String type = t[i].substring(2);
        types.computeIfAbsent(String.join(" ", Arrays.copyOfRange(w, i, end)), x -> new HashMap<>())
            .merge(type, 1, Integer::sum);
        if (type.equals(EntityType.PERSON.name()) && end - i >= 2 && w[end - 1].length() > 1
            && Character.isUpperCase(w[end - 1].charAt(0))) {
          surnames.merge(w[end - 1], 1, Integer::sum);
        }
      }
    }
  }

  /**
   * The article's type for the words {@code text}: PERSON for one word that ends at least as many of the article's
   * multi-word PERSONs as it has mentions of other types; else the strict-majority type of its mentions; else null.
   */
  private static String articleType(String text, Map<String, Map<String, Integer>> types,
      Map<String, Integer> surnames) {
    Map<String, Integer> counts = types.get(text);
    Integer fullNames = surnames.get(text);
    if (fullNames != null) {
      int other = counts == null ? 0 : counts.entrySet().stream()
          .filter(e -> !e.getKey().equals(EntityType.PERSON.name())).mapToInt(Map.Entry::getValue).sum();
      if (fullNames >= other) {
        return EntityType.PERSON.name();
      }
    }
    return majority(counts);
  }

  private static int retype(String[] w, String[] t, Map<String, Map<String, Integer>> types,
      Map<String, Integer> surnames) {
    int changed = 0;
    for (int i = 0; i < w.length; i++) {
      if (!t[i].startsWith("B-")) {
        continue;
      }
      int end = end(t, i);
      String wanted = articleType(String.join(" ", Arrays.copyOfRange(w, i, end)), types, surnames);
      if (wanted != null && !wanted.equals(t[i].substring(2))) {
        label(t, i, end, wanted);
        changed++;
      }
      i = end - 1;
    }
    return changed;
  }

  /**
   * Names a run of capitalised words outside names by its article type; a run that starts the sentence and has no
   * type is tried without its first word ({@code But Heald said}, {@code When Heald …}).
   */
  private int addMissed(String[] w, String[] t, Map<String, Map<String, Integer>> types,
      Map<String, Integer> surnames) {
    int added = 0;
    for (int i = 0; i < w.length; i++) {
      if (!t[i].equals("O") || !capitalised(w[i])) {
        continue;
      }
      int end = i;
      while (end < w.length && t[end].equals("O") && capitalised(w[end])) {
        end++;
      }
      int start = i;
      String type = articleType(String.join(" ", Arrays.copyOfRange(w, i, end)), types, surnames);
      if (type == null && opensSentence(w, i) && end > i + 1) {
        start = i + 1;
        type = articleType(String.join(" ", Arrays.copyOfRange(w, start, end)), types, surnames);
      }
      if (type != null) {
        label(t, start, end, type);
        added++;
      }
      i = end - 1;
    }
    return added;
  }

  private LabelledSentence keep(String[] w, String[] t, Set<String> nonNames) {
    List<LabelledSentence.Name> names = new ArrayList<>();
    for (int i = 0; i < w.length; i++) {
      if (t[i].startsWith("B-")) {
        int end = end(t, i);
        names.add(new LabelledSentence.Name(i, end, EntityType.valueOf(t[i].substring(2))));
        i = end - 1;
      } else if (!opensSentence(w, i) && t[i].equals("O") && capitalised(w[i]) && !nonNames.contains(w[i])) {
        return null;
      }
    }
    return names.isEmpty() ? null : new LabelledSentence(List.of(w), names);
  }

  /**
   * Whether token {@code i} opens a sentence or a quoted one, where any word is capitalised: the first token,
   * or one after nothing but punctuation ({@code “ You}), an opening quote or bracket (a straight quote opens when
   * an even number of them precede it), or a colon ({@code said:
   * “You can}). Without this, every kept sentence opening a quotation has its first word named, and the model
   * learns {@code “You} and {@code “The} as names.
   */
  static boolean opensSentence(String[] w, int i) {
    if (i == 0) {
      return true;
    }
    String prev = w[i - 1];
    if (OPENERS.contains(prev)) {
      return true;
    }
    if (prev.equals("\"")) { // a straight quote opens when an even number of them came before it
      long before = Arrays.stream(w, 0, i - 1).filter(prev::equals).count();
      return before % 2 == 0;
    }
    for (int j = 0; j < i; j++) {
      if (Tokenizer.hasLetterOrDigit(w[j])) {
        return false;
      }
    }
    return true;
  }

  /** Tokens after which a capitalised word opens a (quoted) sentence; the straight quote is decided by count. */
  private static final Set<String> OPENERS = Set.of("“", "‘", "«", "„", "(", "[", ":");

  /** A capitalised word that may start or continue a name (not a month, weekday, person title or "I"). */
  boolean capitalised(String word) {
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return !allowedCapitalised.contains(lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower);
  }

  /**
   * At most {@code max} of {@code sentences}, evenly spaced (the i-th of {@code max} is sentence
   * {@code i * size / max}), so a cap keeps every part of the corpus rather than its first articles.
   */
  public static List<LabelledSentence> evenly(List<LabelledSentence> sentences, int max) {
    if (max >= sentences.size()) {
      return sentences;
    }
    List<LabelledSentence> out = new ArrayList<>(max);
    for (int i = 0; i < max; i++) {
      out.add(sentences.get((int) ((long) i * sentences.size() / max)));
    }
    return out;
  }

  private static int end(String[] t, int start) {
    int end = start + 1;
    while (end < t.length && t[end].startsWith("I-")) {
      end++;
    }
    return end;
  }

  private static void label(String[] t, int start, int end, String type) {
    for (int j = start; j < end; j++) {
      t[j] = (j == start ? "B-" : "I-") + type;
    }
  }

  /** The type held by more than half the counts, or null. */
  static String majority(Map<String, Integer> counts) {
    if (counts == null) {
      return null;
    }
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() * 2 > total) {
        return e.getKey();
      }
    }
    return null;
  }
}
