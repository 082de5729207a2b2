package io.kabar.parse;

import io.kabar.analysis.Removal;
import io.kabar.nlp.DataFiles;
import io.kabar.nlp.Languages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes boilerplate paragraphs (pagination, photo captions and credits, "read also" links,
 * advertisements, section labels, editor initials) and repeated paragraphs, recording each removal
 * with its reason.
 *
 * <p>Rules live in {@code io/kabar/parse/boilerplate-<lang>.txt} and {@code boilerplate-common.txt},
 * one a line: {@code REASON<TAB>regex[<TAB>option]}. The regex is searched in the paragraph
 * ({@code find}); on a match the whole paragraph is removed, unless the option is {@code strip}
 * (only the matched text is removed, the rest kept) or {@code after=REASON} (the rule applies only to
 * a paragraph right after one removed for REASON, e.g. a photo credit line after "Foto:"). Rules of
 * the article's language are tried first, then the common ones; the first match wins. For an
 * undetermined language, every language's rules apply. A paragraph equal to an earlier kept one
 * after case and whitespace normalisation is removed as {@code DUPLICATE_PARAGRAPH}. Immutable and
 * thread-safe; linear in the input for the shipped rules.
 */
public final class Cleaner {
  /** Reason code of repeated paragraphs. */
  public static final String DUPLICATE = "DUPLICATE_PARAGRAPH";
  /** Removed text is shortened to this many characters. */
  public static final int MAX_REMOVED_CHARS = 200;
  private static final String DIR = "io/kabar/parse";
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** One boilerplate rule. */
  record Rule(String reason, Pattern pattern, boolean strip, String after) {}

  /** The paragraphs kept and what was removed, in input order. */
  public record Result(List<String> paragraphs, List<Removal> removed) {
    public Result {
      paragraphs = List.copyOf(paragraphs);
      removed = List.copyOf(removed);
    }
  }

  private final Map<String, List<Rule>> byLanguage = new LinkedHashMap<>();
  private final List<Rule> common;

  private Cleaner() {
    common = load(DataFiles.perLanguage(DIR, "boilerplate", "common"));
    for (String lang : Languages.supported()) {
      byLanguage.put(lang, load(DataFiles.perLanguage(DIR, "boilerplate", lang)));
    }
  }

  /** The cleaner with the shipped rule files. */
  public static Cleaner standard() {
    return new Cleaner();
  }

  static List<Rule> load(String path) {
    List<Rule> rules = new ArrayList<>();
    for (String[] row : DataFiles.rows(path)) {
      if (row.length < 2) {
        throw new IllegalStateException(path + ": expected REASON<TAB>regex, got " + String.join(" ", row));
      }
      String option = row.length > 2 ? row[2] : "";
      rules.add(new Rule(row[0], Pattern.compile(row[1]), option.equals("strip"),
          option.startsWith("after=") ? option.substring(6) : null));
    }
    return List.copyOf(rules);
  }

  /**
   * Cleans {@code paragraphs}.
   *
   * @param lang ISO 639-1 code of the article, or {@code und}
   * @return kept paragraphs (possibly none) and removals
   */
  public Result clean(List<String> paragraphs, String lang) {
    List<Rule> rules = rulesFor(lang);
    List<String> kept = new ArrayList<>();
    List<Removal> removed = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String previousReason = null;
    for (String paragraph : paragraphs) {
      String reason = null;
      String text = paragraph;
      for (Rule rule : rules) {
        if (rule.after() != null && !rule.after().equals(previousReason)) {
          continue;
        }
        Matcher m = rule.pattern().matcher(text);
        if (!m.find()) {
          continue;
        }
        if (rule.strip() && (m.start() > 0 || m.end() < text.length())) {
          removed.add(removal(m.group(), rule.reason()));
          text = TextReader.normalize(text.substring(0, m.start()) + " " + text.substring(m.end()));
          continue;
        }
        reason = rule.reason();
        break;
      }
      if (reason == null && !seen.add(SPACES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip())) {
        reason = DUPLICATE;
      }
      if (reason != null) {
        removed.add(removal(text, reason));
      } else if (!text.isEmpty()) {
        kept.add(text);
      }
      previousReason = reason;
    }
    return new Result(kept, removed);
  }

  private List<Rule> rulesFor(String lang) {
    List<Rule> rules = new ArrayList<>();
    if (byLanguage.containsKey(lang)) {
      rules.addAll(byLanguage.get(lang));
    } else {
      byLanguage.values().forEach(rules::addAll);
    }
    rules.addAll(common);
    return rules;
  }

  private static Removal removal(String text, String reason) {
    String t = text.strip();
    return new Removal(t.length() <= MAX_REMOVED_CHARS ? t : t.substring(0, MAX_REMOVED_CHARS - 1) + "…", reason);
  }
}
