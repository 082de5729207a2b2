package io.kabar.parse;

import io.kabar.analysis.Removal;
import io.kabar.nlp.DataFiles;
import io.kabar.nlp.Languages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Removes portal boilerplate (pagination, photo captions and credits, "read also" links,
 * advertisements, section labels, editor initials and bylines, share and subscribe prompts) and
 * repeated paragraphs, recording each removal with its reason.
 *
 * <p>Rules live in {@code io/kabar/parse/boilerplate-<lang>.txt} and {@code boilerplate-common.txt},
 * one a line, each under a {@code #} gloss line saying what it removes:
 * {@code REASON<TAB>regex[<TAB>option]}. The regex is searched in the paragraph ({@code find}); the
 * shipped rules anchor on whole short lines, so a sentence that merely mentions "Foto" or
 * "Advertisement" stays. On a match the whole paragraph is removed, unless the option is
 * {@code strip} (only the matched text is removed, the rest kept) or {@code after=REASON} (the rule
 * applies only to a paragraph right after one removed for REASON, e.g. a credit line after
 * "Foto:") or {@code run=N} (the rule applies only where N or more paragraphs in a row match it, e.g.
 * a run of share buttons "Facebook", "Twitter", "Email", while a heading "Pinterest" over a section
 * about Pinterest stays) or {@code tail=N} (the rule applies only to the last N paragraphs, e.g. an
 * author's biography, which in the middle of an article may be the subject). A regex may name the article's own outlet with {@code (?<site>)}: the outlets named by the
 * dateline of the first paragraphs (see {@link DatelineParser}), so "VIVA Militer: …" after
 * "Moskow, VIVA – …" is a section label while "YOY Growth: 171%" on a page without that outlet is
 * not; a {@code (?<site>)} rule does nothing when no outlet is known. Rules of the article's language
 * are tried first, then the common ones; the first match wins. For an undetermined language, every
 * language's rules apply.
 *
 * <p>Reason codes of the shipped rules: PAGINATION, PHOTO_CAPTION, READ_ALSO, ADVERTISEMENT,
 * SECTION_LABEL, EDITOR_INITIALS, BYLINE, SHARE_PROMPT, SUBSCRIBE_PROMPT, COPYRIGHT, COMMENT_PROMPT,
 * NAVIGATION, READING_TIME, AUTHOR_BIO; and {@link #DUPLICATE}, {@link #NEAR_DUPLICATE} for repeats.
 *
 * <p>Repeats are found by {@link NearDuplicates}, among prose paragraphs only (at least
 * {@value NearDuplicates#MIN_WORDS} words ending a sentence, or {@value NearDuplicates#LONG_WORDS}
 * words): headings, list items and questions that pages repeat on purpose stay. A paragraph that
 * repeats an earlier kept one word for word is removed as {@link #DUPLICATE}; one that nearly repeats
 * it, or lies inside it, as {@link #NEAR_DUPLICATE}; when a later paragraph contains an earlier one
 * and says more, the earlier one is removed instead (unless the earlier one opens with a dateline).
 * About linear in the input. Immutable and thread-safe.
 */
public final class Cleaner {
  /** Reason code of paragraphs repeated word for word. */
  public static final String DUPLICATE = "DUPLICATE_PARAGRAPH";
  /** Reason code of paragraphs nearly repeated, or repeated inside a longer one. */
  public static final String NEAR_DUPLICATE = "NEAR_DUPLICATE_PARAGRAPH";
  /** Removed text is shortened to this many characters. */
  public static final int MAX_REMOVED_CHARS = 200;
  /** How many leading paragraphs are searched for a dateline naming the outlet. */
  static final int SITE_SEARCH_PARAGRAPHS = 3;
  private static final String DIR = "io/kabar/parse";
  /** The empty group a rule puts where the article's own outlet goes. */
  private static final String SITE = "(?<site>)";

  /**
   * One boilerplate rule; {@code pattern} is null when the regex names {@code (?<site>)}; {@code run} is
   * the number of consecutive paragraphs the rule must match for any of them to be removed (1 for
   * most rules).
   */
  record Rule(String reason, String regex, Pattern pattern, boolean strip, String after, int run, int tail) {
    /** True when the regex matches at the paragraph start only, so {@code lookingAt} is enough. */
    boolean anchored() {
      return regex.startsWith("^");
    }

    Rule forSites(Pattern sites) {
      return pattern != null ? this
          : new Rule(reason, regex, Pattern.compile(regex.replace(SITE, "(?<site>" + sites.pattern() + ")")), strip,
              after, run, tail);
    }
  }

  /**
   * The paragraphs kept and what was removed, in input order.
   *
   * @param paragraphs the kept paragraphs
   * @param removed    the removals
   * @param dateline   the dateline opening the first kept paragraph (as {@link DatelineParser#parse}
   *                   finds it), or empty; found while cleaning, so callers need not parse it again
   */
  public record Result(List<String> paragraphs, List<Removal> removed, Optional<DatelineParser.Match> dateline) {
    public Result {
      paragraphs = List.copyOf(paragraphs);
      removed = List.copyOf(removed);
    }
  }

  /** How many (language, outlets) rule sets {@link #rulesFor} keeps compiled. */
  static final int MAX_CACHED_RULE_SETS = 256;

  private final Map<String, List<Rule>> byLanguage = new LinkedHashMap<>();
  private final Map<String, List<Rule>> ruleSets = new java.util.concurrent.ConcurrentHashMap<>();
  private final List<Rule> common;
  private final DatelineParser datelines;

  private Cleaner(DatelineParser datelines) {
    this.datelines = datelines;
    common = load(DataFiles.perLanguage(DIR, "boilerplate", "common"));
    for (String lang : Languages.supported()) {
      byLanguage.put(lang, load(DataFiles.perLanguage(DIR, "boilerplate", lang)));
    }
  }

  /** The cleaner with the shipped rule files. */
  public static Cleaner standard() {
    return standard(DatelineParser.standard());
  }

  /** The cleaner with the shipped rule files, reading outlets with {@code datelines} (shared, not reloaded). */
  public static Cleaner standard(DatelineParser datelines) {
    return new Cleaner(datelines);
  }

  static List<Rule> load(String path) {
    List<Rule> rules = new ArrayList<>();
    for (String[] row : DataFiles.rows(path)) {
      if (row.length < 2 || !row[0].matches("[A-Z][A-Z_]*")) {
        throw new IllegalStateException(path + ": expected REASON<TAB>regex, got " + String.join(" ", row));
      }
      String option = row.length > 2 ? row[2] : "";
      if (!option.isEmpty() && !option.equals("strip") && !option.matches("after=[A-Z_]+|run=[2-9]|tail=[1-9]")) {
        throw new IllegalStateException(path + ": unknown option '" + option + "' in rule " + row[1]);
      }
      String regex = row[1];
      Pattern compiled = Pattern.compile(regex);
      rules.add(new Rule(row[0], regex, regex.contains(SITE) ? null : compiled, option.equals("strip"),
          option.startsWith("after=") ? option.substring(6) : null,
          option.startsWith("run=") ? Integer.parseInt(option.substring(4)) : 1,
          option.startsWith("tail=") ? Integer.parseInt(option.substring(5)) : 0));
    }
    return List.copyOf(rules);
  }

  /**
   * Cleans {@code paragraphs}.
   *
   * @param lang ISO 639-1 code of the article, or {@code und}
   * @return kept paragraphs (possibly none) and removals, in input order
   */
  public Result clean(List<String> paragraphs, String lang) {
    List<Optional<DatelineParser.Match>> leads = leadDatelines(paragraphs);
    List<Rule> rules = rulesFor(lang, sitePattern(leads));
    Map<Rule, boolean[]> runs = runs(rules, paragraphs);
    Matcher[] matchers = new Matcher[rules.size()];
    for (int r = 0; r < matchers.length; r++) {
      matchers[r] = rules.get(r).pattern().matcher("");
    }
    String[] kept = new String[paragraphs.size()];
    List<Removal>[] removedAt = newRemovalLists(paragraphs.size());
    NearDuplicates repeats = new NearDuplicates();
    String previousReason = null;
    for (int i = 0; i < paragraphs.size(); i++) {
      String text = paragraphs.get(i);
      String reason = null;
      for (int r = 0; r < matchers.length; r++) {
        Rule rule = rules.get(r);
        if (rule.after() != null && !rule.after().equals(previousReason)
            || rule.run() > 1 && !runs.get(rule)[i]
            || rule.tail() > 0 && i < paragraphs.size() - rule.tail()) {
          continue;
        }
        Matcher m = matchers[r].reset(text);
        if (!(rule.anchored() ? m.lookingAt() : m.find())) {
          continue;
        }
        if (rule.strip() && (m.start() > 0 || m.end() < text.length())) {
          removedAt[i].add(removal(m.group(), rule.reason()));
          text = TextReader.normalize(text.substring(0, m.start()) + " " + text.substring(m.end()));
          continue;
        }
        reason = rule.reason();
        break;
      }
      if (reason == null && !text.isEmpty()) {
        boolean pinned = i < SITE_SEARCH_PARAGRAPHS
            && (text.equals(paragraphs.get(i)) ? leads.get(i) : datelines.parse(text)).isPresent();
        NearDuplicates.Verdict v = repeats.add(i, text, pinned);
        switch (v.kind()) {
          case EXACT -> reason = DUPLICATE;
          case NEAR -> reason = NEAR_DUPLICATE;
          case SUPERSEDES -> {
            removedAt[v.other()].add(removal(kept[v.other()], NEAR_DUPLICATE));
            kept[v.other()] = null;
          }
          case NEW -> { }
        }
      }
      if (reason != null) {
        removedAt[i].add(removal(text, reason));
      } else if (!text.isEmpty()) {
        kept[i] = text;
      }
      previousReason = reason;
    }
    List<String> keptList = new ArrayList<>();
    List<Removal> removed = new ArrayList<>();
    Optional<DatelineParser.Match> dateline = Optional.empty();
    for (int i = 0; i < kept.length; i++) {
      if (kept[i] != null) {
        if (keptList.isEmpty()) {
          dateline = i < leads.size() && kept[i].equals(paragraphs.get(i)) ? leads.get(i) : datelines.parse(kept[i]);
        }
        keptList.add(kept[i]);
      }
      removed.addAll(removedAt[i]);
    }
    return new Result(keptList, removed, dateline);
  }

  /** The datelines of the first {@link #SITE_SEARCH_PARAGRAPHS} paragraphs, each parsed once. */
  private List<Optional<DatelineParser.Match>> leadDatelines(List<String> paragraphs) {
    List<Optional<DatelineParser.Match>> leads = new ArrayList<>(SITE_SEARCH_PARAGRAPHS);
    for (String p : paragraphs.subList(0, Math.min(SITE_SEARCH_PARAGRAPHS, paragraphs.size()))) {
      leads.add(datelines.parse(p));
    }
    return leads;
  }

  /** For each rule that needs a run, which paragraphs lie in a run of at least that many matches. */
  private static Map<Rule, boolean[]> runs(List<Rule> rules, List<String> paragraphs) {
    Map<Rule, boolean[]> out = new java.util.HashMap<>();
    for (Rule rule : rules) {
      if (rule.run() <= 1) {
        continue;
      }
      boolean[] in = new boolean[paragraphs.size()];
      int start = 0;
      for (int i = 0; i <= paragraphs.size(); i++) {
        if (i < paragraphs.size() && rule.pattern().matcher(paragraphs.get(i)).find()) {
          continue;
        }
        if (i - start >= rule.run()) {
          java.util.Arrays.fill(in, start, i, true);
        }
        start = i + 1;
      }
      out.put(rule, in);
    }
    return out;
  }

  /**
   * The outlets named by a dateline in the first paragraphs, as a case-insensitive alternation
   * ({@code KOMPAS.com} also gives {@code KOMPAS}), or empty when there is none.
   */
  private static Optional<Pattern> sitePattern(List<Optional<DatelineParser.Match>> leads) {
    Set<String> names = new LinkedHashSet<>();
    for (Optional<DatelineParser.Match> lead : leads) {
      lead.map(m -> m.dateline().source()).ifPresent(source -> {
        names.add(source);
        int dot = source.indexOf('.');
        if (dot > 1) {
          names.add(source.substring(0, dot));
        }
      });
    }
    if (names.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Pattern.compile(names.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote).collect(Collectors.joining("|", "(?i:", ")"))));
  }

  /**
   * The rules for a language and the outlets its dateline names, built (and the outlet rules
   * compiled) once per pair: an outlet's articles come in runs. The cache is dropped when it holds
   * {@link #MAX_CACHED_RULE_SETS} pairs, so odd outlets cannot grow it without bound.
   */
  private List<Rule> rulesFor(String lang, Optional<Pattern> sites) {
    String key = lang + '\u0000' + sites.map(Pattern::pattern).orElse("");
    List<Rule> rules = ruleSets.get(key);
    if (rules == null) {
      if (ruleSets.size() >= MAX_CACHED_RULE_SETS) {
        ruleSets.clear();
      }
      rules = buildRules(lang, sites);
      ruleSets.put(key, rules);
    }
    return rules;
  }

  private List<Rule> buildRules(String lang, Optional<Pattern> sites) {
    List<Rule> all = new ArrayList<>();
    if (byLanguage.containsKey(lang)) {
      all.addAll(byLanguage.get(lang));
    } else {
      byLanguage.values().forEach(all::addAll);
    }
    all.addAll(common);
    List<Rule> rules = new ArrayList<>();
    for (Rule rule : all) {
      if (rule.pattern() != null) {
        rules.add(rule);
      } else if (sites.isPresent()) {
        rules.add(rule.forSites(sites.get()));
      }
    }
    return List.copyOf(rules);
  }

  @SuppressWarnings("unchecked")
  private static List<Removal>[] newRemovalLists(int n) {
    List<Removal>[] lists = new List[n];
    for (int i = 0; i < n; i++) {
      lists[i] = new ArrayList<>(0);
    }
    return lists;
  }

  private static Removal removal(String text, String reason) {
    String t = text.strip();
    return new Removal(t.length() <= MAX_REMOVED_CHARS ? t : t.substring(0, MAX_REMOVED_CHARS - 1) + "…", reason);
  }
}
