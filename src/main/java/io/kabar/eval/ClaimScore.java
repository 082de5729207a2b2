package io.kabar.eval;

import io.kabar.analysis.Claim;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Scores extracted claims against {@link ClaimGold} claims.
 *
 * <p>Normalisation ({@link #normalize}): NFKC, quotation marks (straight, curly, guillemets, primes) and
 * apostrophes removed, dashes unified to {@code -}, whitespace collapsed to one space, trimmed,
 * punctuation ending the text ({@code . ! ? , ; :}) removed (claims are stored without the period
 * that closes their sentence, while a gold fragment may end with it), lower-cased (ROOT).
 *
 * <ul>
 *   <li>Speakers are compared without a leading "the" ("the FTC" is "FTC").</li>
 *   <li>A gold claim is <b>found</b> when the normalised text of an extracted claim contains its
 *       normalised {@code text_contains}; the first such extracted claim in output order is its
 *       <b>match</b>. Recall = found / gold.</li>
 *   <li>An extracted claim is <b>correct</b> when it contains at least one gold fragment that no
 *       earlier extracted claim contained; so a duplicate of a found claim counts as wrong. Precision =
 *       correct / extracted.</li>
 *   <li><b>Speaker accuracy</b>, over found gold claims: with {@code speaker_any}, the match's
 *       normalised speaker equals one of the normalised forms; without it, or with only blank
 *       forms ({@code [""]}), the match has no speaker.</li>
 *   <li><b>Kind accuracy</b>, over found gold claims with a {@code kind}: the match's kind equals it.</li>
 *   <li><b>Quantity accuracy</b>, over found gold claims with a {@code quantity}: one of the match's
 *       quantities agrees on every field the gold gives (numbers within 1e-6).</li>
 * </ul>
 */
public final class ClaimScore {
  private static final Pattern QUOTES = Pattern.compile("[\"“”„‟«»‹›'‘’‚‛`´″′]");
  private static final Pattern DASHES = Pattern.compile("[‐‑‒–—―−]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Counts; add articles with {@link #add}. */
  private int gold;
  private int found;
  private int extracted;
  private int correct;
  private int speakerTotal;
  private int speakerCorrect;
  private int kindTotal;
  private int kindCorrect;
  private int quantityTotal;
  private int quantityCorrect;

  /** Per gold claim: the outcome, for reports. */
  public record GoldOutcome(ClaimGold.Expected expected, Claim match, Boolean speakerOk, Boolean kindOk,
      Boolean quantityOk) {}

  /** One article's outcome: per gold claim, and the extracted claims that matched nothing new. */
  public record ArticleOutcome(List<GoldOutcome> gold, List<Claim> wrong) {}

  /** The normalised form used for every comparison. */
  public static String normalize(String s) {
    if (s == null) {
      return "";
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
    n = QUOTES.matcher(n).replaceAll("");
    n = DASHES.matcher(n).replaceAll("-");
    n = SPACES.matcher(n).replaceAll(" ").trim();
    int end = n.length();
    while (end > 0 && ".!?,;:".indexOf(n.charAt(end - 1)) >= 0) {
      end--;
    }
    return n.substring(0, end).trim().toLowerCase(Locale.ROOT);
  }

  /** Scores one article's extracted claims (in output order) and adds its counts. */
  public ArticleOutcome add(List<ClaimGold.Expected> expected, List<Claim> claims) {
    List<String> texts = claims.stream().map(c -> normalize(c.text())).toList();
    List<String> fragments = expected.stream().map(e -> normalize(e.textContains())).toList();
    boolean[] credited = new boolean[expected.size()];
    List<Claim> wrong = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      boolean fresh = false;
      for (int g = 0; g < fragments.size(); g++) {
        if (!credited[g] && texts.get(i).contains(fragments.get(g))) {
          credited[g] = true;
          fresh = true;
        }
      }
      if (fresh) {
        correct++;
      } else {
        wrong.add(claims.get(i));
      }
    }
    extracted += claims.size();
    List<GoldOutcome> outcomes = new ArrayList<>();
    for (int g = 0; g < expected.size(); g++) {
      ClaimGold.Expected e = expected.get(g);
      gold++;
      Claim match = null;
      for (int i = 0; i < claims.size() && match == null; i++) {
        if (texts.get(i).contains(fragments.get(g))) {
          match = claims.get(i);
        }
      }
      if (match == null) {
        outcomes.add(new GoldOutcome(e, null, null, null, null));
        continue;
      }
      found++;
      boolean speakerOk = speakerMatches(e.speakerAny(), match.speaker());
      speakerTotal++;
      if (speakerOk) {
        speakerCorrect++;
      }
      Boolean kindOk = null;
      if (e.kind() != null) {
        kindOk = match.kind() != null && match.kind().name().equalsIgnoreCase(e.kind());
        kindTotal++;
        if (kindOk) {
          kindCorrect++;
        }
      }
      Boolean quantityOk = null;
      if (e.quantity() != null) {
        quantityOk = match.quantities().stream().anyMatch(q -> quantityMatches(e.quantity(), q));
        quantityTotal++;
        if (quantityOk) {
          quantityCorrect++;
        }
      }
      outcomes.add(new GoldOutcome(e, match, speakerOk, kindOk, quantityOk));
    }
    return new ArticleOutcome(outcomes, wrong);
  }

  /** Whether {@code speaker} is one of {@code forms} after normalisation (no forms, or only blank ones: no speaker). */
  public static boolean speakerMatches(List<String> forms, String speaker) {
    if (forms == null || forms.stream().allMatch(f -> normalize(f).isEmpty())) {
      return speaker == null || normalize(speaker).isEmpty();
    }
    String s = withoutArticle(normalize(speaker));
    return !s.isEmpty() && forms.stream().anyMatch(f -> withoutArticle(normalize(f)).equals(s));
  }

  /** A normalised speaker without a leading English article: "the FTC" and "FTC" name one speaker. */
  private static String withoutArticle(String s) {
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  /** Whether {@code actual} agrees with every field {@code gold} gives. */
  public static boolean quantityMatches(ClaimGold.Quantity gold, io.kabar.analysis.Quantity actual) {
    return same(gold.value(), actual.value()) && same(gold.low(), actual.low()) && same(gold.high(), actual.high())
        && (gold.unit() == null || gold.unit().equalsIgnoreCase(String.valueOf(actual.unit())))
        && (gold.approximate() == null || gold.approximate() == actual.approximate());
  }

  private static boolean same(Double gold, Double actual) {
    return gold == null || (actual != null && Math.abs(gold - actual) < 1e-6);
  }

  public int gold() {
    return gold;
  }

  public int found() {
    return found;
  }

  public int extracted() {
    return extracted;
  }

  public int correct() {
    return correct;
  }

  public Optional<Double> recall() {
    return ratio(found, gold);
  }

  public Optional<Double> precision() {
    return ratio(correct, extracted);
  }

  public Optional<Double> speakerAccuracy() {
    return ratio(speakerCorrect, speakerTotal);
  }

  public Optional<Double> kindAccuracy() {
    return ratio(kindCorrect, kindTotal);
  }

  public Optional<Double> quantityAccuracy() {
    return ratio(quantityCorrect, quantityTotal);
  }

  /** {correct, total} of speaker, kind and quantity, in that order. */
  public int[][] counts() {
    return new int[][] {{speakerCorrect, speakerTotal}, {kindCorrect, kindTotal}, {quantityCorrect, quantityTotal}};
  }

  private static Optional<Double> ratio(int a, int b) {
    return b == 0 ? Optional.empty() : Optional.of((double) a / b);
  }
}
