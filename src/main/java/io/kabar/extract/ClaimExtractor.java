package io.kabar.extract;

import io.kabar.analysis.Claim;
import io.kabar.analysis.ClaimKind;
import io.kabar.analysis.Entity;
import io.kabar.analysis.Mention;
import io.kabar.analysis.Quantity;
import io.kabar.nlp.Languages;
import io.kabar.nlp.Sentence;
import io.kabar.nlp.Token;
import io.kabar.nlp.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BASELINE sentence-level claim finder on reporting cues ({@code claim-cues-<lang>.txt}); a trained
 * attribution model replaces it later.
 *
 * <ul>
 *   <li>The first cue outside quotation marks decides. After a comma or closing quote the cue is
 *       inverted ({@code "…," kata Kim}): the speaker is the capitalised phrase after it and the claim
 *       the text before. A PREFIX cue ({@code menurut X, …}) takes the speaker up to the comma. Else the
 *       speaker is the phrase before the cue, from the sentence start, the last comma (a list
 *       {@code A, B, dan C} stays whole) or a CITING word, without leading stop words, cut before
 *       the first STOP word; a NOT word right before a cue cancels it; the
 *       claim is the clause after the cue, without a leading THAT word.</li>
 *   <li>A sentence with a quotation and a cue is a QUOTE whose text is the quotation; with a cue and
 *       no quotation, ATTRIBUTED; with a number (QUANTITY, MONEY, PERCENT) and no cue, STATISTIC;
 *       otherwise no claim.</li>
 *   <li>speakerKey: the named entity with the longest mention inside the speaker; quantities and
 *       entities: those mentioned inside the sentence. {@code start/end} are the sentence's offsets.</li>
 *   <li>checkworthiness: 0.3, +0.3 with numbers, +0.2 with a speaker, +0.2 for a quote, +0.1 each for a hedge, a
 *       comparative and the future tense in the claim (HEDGE, COMPARE, FUTURE cue words), at most 1.</li>
 *   <li>Claims with the same text after case and whitespace normalisation are reported once.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class ClaimExtractor {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final String TRIM = " \t\n,;:.\"“”'‘’—–-";
  private static final String OPEN_MARKS = "“\"";
  private static final int MAX_UNIT = 6;
  private static final int MAX_SPEAKER_WORDS = 12;
  /** Longest quotation read as a partial quote inside reported speech (see {@link #fragment}). */
  static final int MAX_PARTIAL_QUOTE = 10;

  private final Map<String, ClaimCues> cues = ClaimCues.all();

  /** The extractor with the shipped cue files. */
  public static ClaimExtractor standard() {
    return new ClaimExtractor();
  }

  /** A mention with its entity, for lookups by offset. */
  private record Located(Mention mention, Entity entity) {}

  /** A span of the text. */
  record Span(int start, int end) {}

  /**
   * The claims of {@code text}.
   *
   * @param sentences the sentences of {@code text}
   * @param lang      ISO 639-1 code or {@code und}
   * @param entities  all entities of the text, named and measures
   * @return claims in text order, without duplicates; empty when none
   */
  public List<Claim> extract(String text, List<Sentence> sentences, String lang, List<Entity> entities) {
    ClaimCues c = cues.getOrDefault(lang, cues.get(Languages.UNDETERMINED));
    List<Located> located = new ArrayList<>();
    entities.forEach(e -> e.mentions().forEach(m -> located.add(new Located(m, e))));
    located.sort(Comparator.comparingInt(l -> l.mention().start()));
    List<Claim> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Memory memory = new Memory();
    memory.all = located;
    memory.vague = MeasureRules.vaguePlurals(lang);
    memory.people = located.stream().filter(l -> l.entity().type() == io.kabar.analysis.EntityType.PERSON).toList();
    for (Sentence s : units(text, sentences)) {
      List<Token> tokens = Tokenizer.tokens(text, s.start(), s.end());
      List<Span> quotes = quoteSpans(text, s.start(), s.end());
      int[] part = findParticiple(text, tokens, quotes, c);
      Sentence main = s;
      int comma = -1;
      if (part != null) { // "X said …, adding that …": the main clause up to the comma, then a second claim
        comma = text.lastIndexOf(',', tokens.get(part[0]).start());
        main = new Sentence(text.substring(s.start(), comma), s.start(), comma);
      }
      int cut = main.end();
      List<Token> mainTokens = main == s ? tokens : tokens.stream().filter(t -> t.end() <= cut).toList();
      List<Span> mainQuotes = main == s ? quotes : quotes.stream().filter(q -> q.end() <= cut).toList();
      Claim claim = claim(text, main, mainTokens, mainQuotes, c, inside(located, main.start(), main.end()), memory);
      add(out, seen, claim);
      if (part != null) {
        add(out, seen, participle(text, s, comma, tokens, quotes, part, claim, c, inside(located, s.start(), s.end()),
            memory));
      }
    }
    return out;
  }

  private static void add(List<Claim> out, Set<String> seen, Claim claim) {
    if (claim != null && seen.add(SPACES.matcher(claim.text().toLowerCase(Locale.ROOT)).replaceAll(" "))) {
      out.add(claim);
    }
  }

  /** {first token, end token} of the first PARTICIPLE cue outside quotes right after a comma, or null. */
  private static int[] findParticiple(String text, List<Token> tokens, List<Span> quotes, ClaimCues c) {
    for (int i = 1; i < tokens.size(); i++) {
      int at = tokens.get(i).start();
      if (!precededByComma(text, at, tokens.get(0).start())
          || quotes.stream().anyMatch(q -> at >= q.start() && at < q.end())) {
        continue;
      }
      StringBuilder phrase = new StringBuilder();
      for (int j = i; j < Math.min(tokens.size(), i + ClaimCues.MAX_WORDS); j++) {
        phrase.append(j > i ? " " : "").append(tokens.get(j).text().toLowerCase(Locale.ROOT));
        if (c.is("PARTICIPLE", phrase.toString())) {
          return new int[] {i, j + 1};
        }
      }
    }
    return null;
  }

  /**
   * The claim after a PARTICIPLE cue ({@code , adding that …}, {@code , seraya menambahkan …}): the speaker of the
   * sentence's main claim, else the capitalised phrase (or pronoun) opening the sentence; a QUOTE when the rest is a
   * quotation, else ATTRIBUTED. Null without a speaker.
   */
  private Claim participle(String text, Sentence s, int comma, List<Token> tokens, List<Span> quotes, int[] part,
      Claim main, ClaimCues c, List<Located> here, Memory memory) {
    String speakerText = main == null || main.kind() == ClaimKind.STATISTIC ? null : main.speaker();
    String speakerKey = speakerText == null ? null : main.speakerKey();
    if (speakerText == null) {
      Token opener = tokens.get(0);
      if (c.is("PRONOUN", opener.text().toLowerCase(Locale.ROOT))) {
        speakerText = memory.speaker;
        speakerKey = memory.key;
      } else if (opener.isCapitalized()) {
        int end = run(text, tokens, 0, c);
        Span span = cutAtStop(text, tokens, opener.start(), tokens.get(end - 1).end(), c);
        if (span != null) {
          speakerText = trim(text.substring(span.start(), span.end()));
          speakerKey = speakerKey(here, span);
          memory.remember(speakerText, speakerKey, isPerson(here, span), span.start());
        }
      }
    }
    if (speakerText == null || speakerText.isEmpty()) {
      return null;
    }
    Span said = new Span(thatEnd(tokens, part[1], tokens.get(part[1] - 1).end(), c), s.end());
    Span quote = quotes.stream().filter(q -> q.start() >= said.start())
        .max(Comparator.comparingInt(x -> x.end() - x.start())).orElse(null);
    if (quote != null && fragment(tokens, quotes, said)) {
      quote = null; // a quoted fragment inside reported speech
    }
    Span body = quote != null ? quote : said;
    String claimText = trim(text.substring(body.start(), body.end()));
    if (claimText.isEmpty()) {
      return null;
    }
    List<Quantity> quantities = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (Located l : here) {
      if (l.mention().start() < comma) {
        continue;
      }
      Entity e = l.entity();
      if (e.type().isMeasure()) {
        quantities.add(new Quantity(l.mention().text(), e.value(), e.low(), e.high(), e.unit(),
            Boolean.TRUE.equals(e.approximate())));
      } else if (e.type() != io.kabar.analysis.EntityType.DATE && !keys.contains(e.key())) {
        keys.add(e.key());
      }
    }
    String cueLower = text.substring(tokens.get(part[0]).start(), tokens.get(part[1] - 1).end()).toLowerCase(Locale.ROOT);
    memory.lastEnd = s.end();
    return new Claim(claimText, quote != null ? ClaimKind.QUOTE : ClaimKind.ATTRIBUTED, speakerText, speakerKey,
        cueLower, comma + 1, s.end(), quantities, keys, score(!quantities.isEmpty(), true, quote != null,
        features(text, body.start(), body.end(), c)));
  }

  /**
   * Whether the quotations in {@code said} are fragments of reported speech ({@code X said the plan was "dead on
   * arrival" and would be withdrawn}): at least three words of {@code said} stand outside every quotation and they
   * outnumber the quoted words, or a short quotation (at most {@value #MAX_PARTIAL_QUOTE} words) opens in
   * lower case after words of the reporter's own ({@code X said the proposal "makes no sense"}: a partial
   * quote continuing the reporter's sentence). A claim mostly quoted, a long quoted clause, or a quotation
   * of whole sentences stays a QUOTE.
   */
  static boolean fragment(List<Token> tokens, List<Span> quotes, Span said) {
    int out = 0;
    int in = 0;
    boolean lowerAfterWords = false; // said the proposal "makes no sense": the quote continues the sentence
    for (Token t : tokens) {
      int at = t.start();
      if (at >= said.start() && t.end() <= said.end() && Character.isLetterOrDigit(t.text().charAt(0))) {
        if (quotes.stream().anyMatch(q -> at >= q.start() && at < q.end())) {
          if (in == 0 && out > 0 && Character.isLowerCase(t.text().charAt(0))) {
            lowerAfterWords = true;
          }
          in++;
        } else {
          out++;
        }
      }
    }
    return out >= 3 && out > in || lowerAfterWords && in <= MAX_PARTIAL_QUOTE;
  }

  /**
   * Whether the quantities make an unattributed sentence a numeric assertion: one written with digits, or an
   * exact one in words ({@code sepuluh kali lipat}, {@code two million people}). A vague plural alone
   * ({@code thousands of people}, {@code ratusan nelayan}) describes rather than asserts.
   */
  private static boolean asserts(List<Quantity> quantities, Set<String> vague) {
    for (Quantity q : quantities) {
      if (!q.approximate() || q.text().chars().anyMatch(Character::isDigit)) {
        return true;
      }
      String words = " " + q.text().toLowerCase(Locale.ROOT) + " ";
      if (vague.stream().noneMatch(v -> words.contains(" " + v + " "))) {
        return true; // hedged, but an exact number word: "hingga sepuluh kali lipat"
      }
    }
    return false;
  }

  /** The last named speaker, for pronoun and clitic speakers. */
  private static final class Memory {
    String speaker;
    String key;
    boolean person;
    /** The end of the last attributed claim's sentence, or -1. */
    int lastEnd = -1;

    /** Every mention of the text, by start. */
    List<Located> all = List.of();
    /** The PERSON mentions of {@link #all}, by start: pronoun speakers search these only. */
    List<Located> people = List.of();
    /** The last speaker form seen for each entity key. */
    final Map<String, String> byKey = new java.util.HashMap<>();

    /** The language's vague plural number words (thousands, ribuan): see {@link #asserts}. */
    Set<String> vague = Set.of();
    /** Where the remembered speaker was named (offset in the text). */
    int at = -1;

    void remember(String speakerText, String speakerKey, boolean isPerson, int offset) {
      if (speakerText == null) {
        return;
      }
      if (speakerKey != null) {
        byKey.put(speakerKey, speakerText);
      }
      // a person outranks an institution for later pronouns; an institution is kept only when no person was seen
      if (isPerson || !person) {
        speaker = speakerText;
        key = speakerKey;
        person = isPerson;
        at = offset;
      }
    }
  }

  /**
   * Sentences joined while a quotation is open: a quote of several sentences, or one continued in the next
   * paragraph (a paragraph left open whose successor opens with a quotation mark), is one unit; at most
   * {@value #MAX_UNIT} sentences.
   */
  static List<Sentence> units(String text, List<Sentence> sentences) {
    List<Sentence> out = new ArrayList<>(sentences.size());
    int i = 0;
    while (i < sentences.size()) {
      int j = i;
      boolean open = openAfter(text, sentences.get(i).start(), sentences.get(i).end(), false);
      while (open && j + 1 < sentences.size() && j - i + 1 < MAX_UNIT) {
        Sentence next = sentences.get(j + 1);
        String gap = text.substring(sentences.get(j).end(), next.start());
        if (gap.indexOf('\n') >= 0 && !startsWithQuote(text, next.start())) {
          break; // a paragraph ends with the quotation open and the next does not continue it
        }
        j++;
        open = openAfter(text, next.start(), next.end(), true);
      }
      if (j == i) {
        out.add(sentences.get(i));
      } else {
        int a = sentences.get(i).start();
        int b = sentences.get(j).end();
        out.add(new Sentence(text.substring(a, b), a, b));
      }
      i = j + 1;
    }
    return out;
  }

  private static boolean startsWithQuote(String text, int at) {
    return at < text.length() && OPEN_MARKS.indexOf(text.charAt(at)) >= 0;
  }

  /**
   * Whether a quotation is open at {@code end}, given whether one was open at {@code start}; a quotation mark
   * opening a paragraph while a quotation is open continues it.
   */
  private static boolean openAfter(String text, int start, int end, boolean open) {
    for (int k = start; k < end; k++) {
      char ch = text.charAt(k);
      if (ch == '“') {
        open = true;
      } else if (ch == '”') {
        open = false;
      } else if (ch == '"') {
        boolean reopen = open && k == start && (k == 0 || text.charAt(k - 1) == '\n');
        open = reopen || !open;
      }
    }
    return open;
  }

  /** The quotations of {@code [start,end)}: spans inside the marks, continued across paragraph openings. */
  private static List<Span> quoteSpans(String text, int start, int end) {
    List<Span> out = new ArrayList<>();
    int from = -1;
    for (int k = start; k < end; k++) {
      char ch = text.charAt(k);
      boolean paragraphStart = k > 0 && text.charAt(k - 1) == '\n';
      if (from >= 0 && paragraphStart && OPEN_MARKS.indexOf(ch) >= 0) {
        continue; // a continued quotation
      }
      if (from < 0 && (ch == '“' || ch == '"')) {
        from = k + 1;
      } else if (from >= 0 && (ch == '”' || ch == '"')) {
        if (k - from >= 2) {
          out.add(new Span(from, k));
        }
        from = -1;
      }
    }
    return out;
  }

  private Claim claim(String text, Sentence s, List<Token> tokens, List<Span> quotes, ClaimCues c, List<Located> here,
      Memory memory) {
    List<Quantity> quantities = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (Located l : here) {
      Entity e = l.entity();
      if (e.type().isMeasure()) {
        quantities.add(new Quantity(l.mention().text(), e.value(), e.low(), e.high(), e.unit(),
            Boolean.TRUE.equals(e.approximate())));
      } else if (e.type() != io.kabar.analysis.EntityType.DATE && !keys.contains(e.key())) {
        keys.add(e.key());
      }
    }
    int[] cue = findCue(text, tokens, quotes, c);
    if (cue == null && memory.speaker != null && memory.lastEnd >= 0 && !quotes.isEmpty()
        && quotes.get(0).start() - 1 <= s.start() && !newlineBetween(text, memory.lastEnd, s.start())) {
      // a quotation standing alone right after an attributed claim of the same paragraph continues it
      Span quote = quotes.stream().max(Comparator.comparingInt(x -> x.end() - x.start())).orElseThrow();
      memory.lastEnd = s.end();
      return new Claim(trim(text.substring(quote.start(), quote.end())), ClaimKind.QUOTE, memory.speaker, memory.key,
          null, s.start(), s.end(), quantities, keys, score(!quantities.isEmpty(), true, true, features(text, quote.start(), quote.end(), c)));
    }
    if (cue == null) {
      return !asserts(quantities, memory.vague) || !quotes.isEmpty() && quotes.get(0).start() - 1 <= s.start() ? null
          : new Claim(trim(s.text()), ClaimKind.STATISTIC, null, null, null, s.start(), s.end(), quantities, keys,
              score(true, false, false, features(text, s.start(), s.end(), c)));
    }
    Token first = tokens.get(cue[0]);
    Token last = tokens.get(cue[1] - 1);
    String cueText = text.substring(first.start(), last.end());
    String cueLower = cueText.toLowerCase(Locale.ROOT);
    Span speaker;
    Span said;
    String joined = null;
    Span quoteBefore = quoteEndingBefore(text, quotes, first.start(), s.start());
    if (cue[2] == 1) {
      int comma = text.indexOf(',', last.end());
      int speakerEnd = comma < 0 || comma >= s.end() ? s.end() : comma;
      if (c.is("CLITIC", cueLower)) { // "menurutnya, …": the speaker is resolved below
        speaker = null;
        said = tokensAfter(tokens, cue[1]) >= 3 ? new Span(last.end(), s.end()) : new Span(s.start(), first.start());
      } else {
        speaker = cutAtStop(text, tokens, last.end(), speakerEnd, c);
        said = cue[0] == 0 ? new Span(speakerEnd, s.end()) : new Span(s.start(), first.start());
      }
    } else if (cue[1] + 1 < tokens.size() && c.is("BY", tokens.get(cue[1]).text().toLowerCase(Locale.ROOT))) {
      // passive: "…, a change first reported by the Ledger" / "…, seperti dilaporkan oleh Kompas"
      speaker = phraseAfter(text, tokens, cue[1] + 1, s.end(), c);
      int comma = text.lastIndexOf(',', first.start());
      said = new Span(s.start(), comma > s.start() ? comma : first.start());
    } else if (quoteBefore != null && afterQuoteMarks(text, quoteBefore.end(), first.start())) {
      // "…," kata Kim / "…," said Kim
      speaker = phraseAfter(text, tokens, cue[1], s.end(), c);
      said = new Span(s.start(), first.start());
    } else if (quoteBefore != null && (Tokenizer.tokens(text, quoteBefore.end(), first.start()).size()
        <= MAX_SPEAKER_WORDS || headOfLongApposition(text, tokens, quoteBefore.end(), first.start(), c) != null)) {
      // "…," Okafor said / "…," the minister, Anna Clarke, told reporters
      Span head = headOfLongApposition(text, tokens, quoteBefore.end(), first.start(), c);
      speaker = head != null ? head : cutAtStop(text, tokens, quoteBefore.end(), first.start(), c);
      said = new Span(s.start(), first.start());
    } else if (precededByComma(text, first.start(), s.start()) && c.is("INVERT", cueLower)
        && (tokensAfter(tokens, cue[1]) <= MAX_SPEAKER_WORDS || speakerThenStop(text, tokens, cue[1], c))
        && quotes.stream().noneMatch(q -> q.start() > last.end() && q.start() < s.end())
        && !clauseAfter(text, tokens, cue[1], s.end(), c)) {
      // (not "X, a critic, said the plan "makes no sense"": a quote after the cue is what X said)
      // …, kata Kim. / …, he said. / Kenaikan dana, kata Kim, harus dilakukan …
      speaker = phraseAfter(text, tokens, cue[1], s.end(), c);
      said = new Span(s.start(), first.start());
      if (speaker != null) {
        joined = sandwich(text, tokens, said, speaker.end(), s.end());
      }
    } else if (precededByComma(text, first.start(), s.start())) {
      // Kepala BPBD, Rahmat Hidayat, mengatakan …: the speaker is the whole apposition
      int from = citingStart(text, tokens, cue[0], s.start(), c);
      Span head = headOfLongApposition(text, tokens, from, first.start(), c);
      speaker = head != null ? head : cutAtStop(text, tokens, from, first.start(), c);
      said = new Span(thatEnd(tokens, cue[1], last.end(), c), s.end());
    } else {
      int from = speakerStart(text, tokens, cue[0], s.start(), c);
      speaker = cutAtStop(text, tokens, from, first.start(), c);
      if (speaker == null && from > s.start()) {
        speaker = openingName(text, tokens, c); // "Sen. Ann Lee (D-Ohio), who …, also said that …"
      }
      said = new Span(thatEnd(tokens, cue[1], last.end(), c), s.end());
      int comma = from - 1;
      if (comma > s.start() && text.charAt(comma) == ',' && trailing(tokens, cue[1], c)) {
        said = new Span(s.start(), comma); // "…, police said on Monday."
      } else if (comma > s.start() && text.charAt(comma) == ',') {
        joined = sandwich(text, tokens, new Span(s.start(), comma), last.end(), s.end()); // "The plan, Kim said, will …"
      }
    }
    Span quote = quotes.stream().max(Comparator.comparingInt(x -> x.end() - x.start())).orElse(null);
    if (quote != null && said.start() > first.start() && quote.start() >= said.start()
        && fragment(tokens, quotes, said)) {
      quote = null; // X said the plan was "dead on arrival" …: a quoted fragment inside reported speech
    }
    String claimText = trim(quote != null ? text.substring(quote.start(), quote.end())
        : joined != null ? joined : text.substring(said.start(), said.end()));
    if (claimText.isEmpty()) {
      claimText = trim(s.text());
    }
    String speakerText = speaker == null ? null : trim(text.substring(speaker.start(), speaker.end()));
    if (speakerText != null && speakerText.isEmpty()) {
      speakerText = null;
    }
    String speakerKey = speakerText == null ? null : speakerKey(here, speaker);
    boolean speakerIsPerson = isPerson(here, speaker);
    if (speakerText != null && speakerKey == null) {
      // the tagger missed this mention ("Hochul said …"): the speaker is an entity named elsewhere in the text
      Entity named = byName(memory.all, speakerText);
      if (named != null) {
        speakerKey = named.key();
        speakerIsPerson = named.type() == io.kabar.analysis.EntityType.PERSON;
      }
    }
    boolean pronoun = speakerText != null ? c.is("PRONOUN", speakerText.toLowerCase(Locale.ROOT))
        : cue[0] > 0 && c.is("PRONOUN", tokens.get(cue[0] - 1).text().toLowerCase(Locale.ROOT))
            || cue[1] < tokens.size() && c.is("PRONOUN", tokens.get(cue[1]).text().toLowerCase(Locale.ROOT));
    if (pronoun || speakerText == null && c.is("CLITIC", cueLower)) {
      Located person = lastPerson(text, memory.people, first.start(), quotes);
      if (person != null && memory.person && memory.at > person.mention().start()) {
        person = null; // the last person quoted was named after the last name the tagger found: "Hochul said …; She said …"
      }
      if (person != null && !person.entity().key().equals(memory.key)) {
        // the last person named before the cue, with the fullest speaker form they were quoted under
        speakerKey = person.entity().key();
        speakerText = memory.byKey.getOrDefault(speakerKey, person.mention().text());
      } else {
        speakerText = memory.speaker;
        speakerKey = memory.key;
      }
    } else {
      memory.remember(speakerText, speakerKey, speakerIsPerson, speaker == null ? s.start() : speaker.start());
    }
    ClaimKind kind = quote != null ? ClaimKind.QUOTE : ClaimKind.ATTRIBUTED;
    memory.lastEnd = speakerText == null ? -1 : s.end();
    return new Claim(claimText, kind, speakerText, speakerKey, cueLower, s.start(), s.end(),
        quantities, keys, score(!quantities.isEmpty(), speakerText != null, quote != null,
        features(text, quote != null ? quote.start() : said.start(), quote != null ? quote.end() : said.end(), c)));
  }

  /**
   * The name heading {@code [from,to)} when a long apposition (over eight words) follows it: {@code David Kappos, a
   * former director of … and an opponent of …} gives {@code David Kappos}; else null.
   */
  private static Span headOfLongApposition(String text, List<Token> tokens, int from, int to, ClaimCues c) {
    int comma = text.indexOf(',', from);
    if (comma < 0 || comma >= to) {
      return null;
    }
    Span head = cutAtStop(text, tokens, from, comma, c);
    if (head == null) {
      return null;
    }
    long words = 0;
    for (Token t : tokens) {
      if (t.start() >= head.start() && t.end() <= head.end() && !t.isCapitalized()
          && Character.isLetter(t.text().charAt(0))) {
        return null; // the head is no name
      }
      if (t.start() > comma && t.end() <= to && Character.isLetterOrDigit(t.text().charAt(0))) {
        words++;
      }
    }
    return words > 8 ? head : null;
  }

  /**
   * The capitalised phrase opening the sentence, with a parenthesised tag right after it ({@code Sen. Ann Lee
   * (D-Ohio)}), when a comma or the tag follows it; else null.
   */
  private static Span openingName(String text, List<Token> tokens, ClaimCues c) {
    if (tokens.isEmpty() || !tokens.get(0).isCapitalized()) {
      return null;
    }
    int end = run(text, tokens, 0, c);
    Span span = cutAtStop(text, tokens, tokens.get(0).start(), tokens.get(end - 1).end(), c);
    if (span == null) {
      return null;
    }
    int after = span.end();
    if (text.startsWith(" (", after)) {
      int close = text.indexOf(')', after);
      if (close > 0 && close - after <= 16) {
        return new Span(span.start(), close + 1);
      }
      return null;
    }
    return text.startsWith(",", after) ? span : null;
  }

  /**
   * A claim split by a parenthetical attribution ({@code Kenaikan dana, kata JK, harus dilakukan …}, {@code The plan,
   * Kim said, will …}): the text {@code before} joined to the rest after the comma that closes the attribution at
   * {@code attributionEnd}, when at least three words follow it; else null.
   */
  private static String sandwich(String text, List<Token> tokens, Span before, int attributionEnd, int sentenceEnd) {
    int k = attributionEnd;
    while (k < sentenceEnd && text.charAt(k) == ' ') {
      k++;
    }
    if (k >= sentenceEnd || text.charAt(k) != ',') {
      return null;
    }
    int from = k + 1;
    long words = tokens.stream().filter(t -> t.start() >= from && Character.isLetterOrDigit(t.text().charAt(0))).count();
    String head = trim(text.substring(before.start(), before.end()));
    return words < 3 || head.isEmpty() ? null : head + " " + trim(text.substring(from, sentenceEnd));
  }

  /** The quotation that ends before {@code at} (only marks, commas and spaces may follow it), or null. */
  private static Span quoteEndingBefore(String text, List<Span> quotes, int at, int sentenceStart) {
    Span best = null;
    for (Span q : quotes) {
      if (q.end() <= at && q.start() >= sentenceStart) {
        best = q;
      }
    }
    return best;
  }

  /** Whether only quotation marks, commas and spaces stand in {@code [from,to)}. */
  private static boolean afterQuoteMarks(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (" ,”\"\t".indexOf(text.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean precededByComma(String text, int cueStart, int sentenceStart) {
    int i = cueStart - 1;
    while (i >= sentenceStart && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= sentenceStart && text.charAt(i) == ',';
  }

  /** Whether nothing but a short STOP-led phrase ({@code on Monday}) follows the cue: the claim came before it. */
  private static boolean trailing(List<Token> tokens, int from, ClaimCues c) {
    return from >= tokens.size()
        || tokens.size() - from <= 4 && c.is("STOP", tokens.get(from).text().toLowerCase(Locale.ROOT));
  }

  /** Whether a speaker phrase at {@code from} is followed by a STOP word ({@code kata X dalam sebuah pernyataan}). */
  private static boolean speakerThenStop(String text, List<Token> tokens, int from, ClaimCues c) {
    if (from >= tokens.size() || !tokens.get(from).isCapitalized()) {
      return false;
    }
    int end = run(text, tokens, from, c);
    return end < tokens.size() && c.is("STOP", tokens.get(end).text().toLowerCase(Locale.ROOT));
  }

  private static int tokensAfter(List<Token> tokens, int from) {
    return tokens.size() - from;
  }

  /** Where the claim after a speaker-first cue starts: after a THAT word within six words, else after the cue. */
  private static int thatEnd(List<Token> tokens, int from, int cueEnd, ClaimCues c) {
    for (int i = from; i < Math.min(tokens.size(), from + 6); i++) {
      if (c.is("THAT", tokens.get(i).text().toLowerCase(Locale.ROOT))) {
        return i + 1 < tokens.size() ? tokens.get(i + 1).start() : tokens.get(i).end();
      }
    }
    return from < tokens.size() ? tokens.get(from).start() : cueEnd;
  }

  /** The sentence start, or just after the last CITING word before the cue. */
  private static int citingStart(String text, List<Token> tokens, int cue, int sentenceStart, ClaimCues c) {
    for (int i = cue - 1; i >= 0; i--) {
      if (c.is("CITING", tokens.get(i).text().toLowerCase(Locale.ROOT))) {
        return tokens.get(i).end();
      }
    }
    return sentenceStart;
  }

  /** Whether a mention opens a parenthesis ({@code (D-Ore.)}): a tag after a name, not a person to refer back to. */
  private static boolean parenthesised(String text, Mention m) {
    return m.start() > 0 && text.charAt(m.start() - 1) == '(';
  }

  /**
   * The last PERSON mention starting before {@code at}, outside {@code quotes} and parentheses, or null.
   * {@code people} holds PERSON mentions only, so the walk back skips only people in quotes or
   * parentheses, not every place and number before them (a long text of pronoun quotes and no named
   * person was quadratic).
   */
  private static Located lastPerson(String text, List<Located> people, int at, List<Span> quotes) {
    int lo = ByStart.firstAtOrAfter(people, l -> l.mention().start(), at);
    for (int i = lo - 1; i >= 0; i--) {
      Located l = people.get(i);
      int start = l.mention().start();
      if (!parenthesised(text, l.mention())
          && quotes.stream().noneMatch(q -> start >= q.start() && start < q.end())) {
        return l;
      }
    }
    return null;
  }

  /**
   * The named entity of the text whose canonical name or an alias is {@code name} (a PERSON also by its last
   * word: "Hochul" for "Kathy Hochul"), or null; the first in text order when several match.
   */
  private static Entity byName(List<Located> all, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (Located l : all) {
      Entity e = l.entity();
      if (e.type().isMeasure() || e.type() == io.kabar.analysis.EntityType.DATE) {
        continue;
      }
      String canonical = e.canonical().toLowerCase(Locale.ROOT);
      if (canonical.equals(lower) || e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(name))
          || e.type() == io.kabar.analysis.EntityType.PERSON && canonical.endsWith(" " + lower) && lower.indexOf(' ') < 0) {
        return e;
      }
    }
    return null;
  }

  private static boolean isPerson(List<Located> here, Span speaker) {
    if (speaker == null) {
      return false;
    }
    for (Located l : here) {
      Mention m = l.mention();
      if (l.entity().type() == io.kabar.analysis.EntityType.PERSON && m.start() < speaker.end()
          && m.end() > speaker.start()) {
        return true;
      }
    }
    return false;
  }

  /**
   * {first token, end token, 1 if PREFIX} of the first cue outside quotes, or null; a NOT or ARTICLE word right
   * before it (only spaces between: not {@code "… tidak," kata X}) cancels it.
   */
  private static int[] findCue(String text, List<Token> tokens, List<Span> quotes, ClaimCues c) {
    for (int i = 0; i < tokens.size(); i++) {
      if (!c.startsCue(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int at = tokens.get(i).start();
      if (quotes.stream().anyMatch(q -> at >= q.start() && at < q.end())) {
        continue;
      }
      String before = i > 0 && text.substring(tokens.get(i - 1).end(), at).isBlank()
          ? tokens.get(i - 1).text().toLowerCase(Locale.ROOT) : "";
      if (c.is("NOT", before) || c.is("ARTICLE", before)) {
        continue; // "did not say"; "dismissed the claim" (a noun after an article reports nothing)
      }
      StringBuilder phrase = new StringBuilder();
      for (int j = i; j < Math.min(tokens.size(), i + ClaimCues.MAX_WORDS); j++) {
        phrase.append(j > i ? " " : "").append(tokens.get(j).text().toLowerCase(Locale.ROOT));
        if (c.is("REPORT", phrase.toString())) {
          if (c.is("BE", before) && !(j + 1 < tokens.size() && c.is("BY", tokens.get(j + 1).text().toLowerCase(Locale.ROOT)))) {
            break; // "are believed to", "was said to be": a passive that names no speaker
          }
          return new int[] {i, j + 1, 0};
        }
        if (c.is("PREFIX", phrase.toString())) {
          return new int[] {i, j + 1, 1};
        }
      }
    }
    return null;
  }

  /** Where a speaker before the cue starts: after a CITING word or the last comma; lists stay whole. */
  private static int speakerStart(String text, List<Token> tokens, int cue, int sentenceStart, ClaimCues c) {
    int boundary = sentenceStart;
    for (int i = cue - 1; i >= 0; i--) {
      if (c.is("CITING", tokens.get(i).text().toLowerCase(Locale.ROOT))) {
        boundary = tokens.get(i).end();
        break;
      }
    }
    int cueStart = tokens.get(cue).start();
    // a speaker never spans a clause break: "The pacts depress wages; their defenders say …"
    for (int i = cueStart - 1; i > boundary; i--) {
      char ch = text.charAt(i);
      if (ch == ';' || ch == '—' || ch == '\n') {
        boundary = i + 1;
        break;
      }
    }
    List<Integer> starts = new ArrayList<>(List.of(boundary));
    List<Integer> ends = new ArrayList<>();
    for (int i = text.indexOf(',', boundary); i >= 0 && i < cueStart; i = text.indexOf(',', i + 1)) {
      ends.add(i);
      starts.add(i + 1);
    }
    ends.add(cueStart);
    int last = starts.size() - 1;
    List<Token> lastPart = Tokenizer.tokens(text, starts.get(last), cueStart);
    if (lastPart.isEmpty() || !c.is("AND", lastPart.get(0).text().toLowerCase(Locale.ROOT))) {
      return starts.get(last);
    }
    int j = last;
    while (j > 0 && Tokenizer.tokens(text, starts.get(j - 1), ends.get(j - 1)).size() <= 3) {
      j--;
    }
    return starts.get(j);
  }

  /**
   * Whether the first words after an inverted cue are a clause rather than a speaker: an auxiliary among
   * the next four tokens before any comma ({@code …, said burglaries had fallen}: what was said, not who).
   */
  private static boolean clauseAfter(String text, List<Token> tokens, int from, int sentenceEnd, ClaimCues c) {
    for (int i = from; i < Math.min(tokens.size(), from + 4); i++) {
      Token t = tokens.get(i);
      if (t.start() >= sentenceEnd || text.substring(tokens.get(from).start(), t.start()).indexOf(',') >= 0) {
        return false;
      }
      if (i > from && c.is("AUX", t.text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** {@code [from,to)} cut before its first STOP word; null when nothing is left. */
  private static Span cutAtStop(String text, List<Token> tokens, int from, int to, ClaimCues c) {
    for (Token t : tokens) {
      if (t.start() < from) {
        continue;
      }
      String lower = t.text().toLowerCase(Locale.ROOT);
      if (t.end() > to || !c.isStopWord(lower)) {
        break;
      }
      if (c.is("DET", lower)) { // "The hospital said": the determiner belongs to the speaker
        from = t.start();
        break;
      }
      from = t.end();
    }
    int end = to;
    for (Token t : tokens) {
      if (t.start() >= from && t.end() <= to && c.is("STOP", t.text().toLowerCase(Locale.ROOT))) {
        end = t.start();
        break;
      }
    }
    if (end < to) {
      // a role cut short by its stop word ("Professor Ito, a criminologist| at …"): keep the name before it
      int comma = text.lastIndexOf(',', end - 1);
      if (comma > from && !trim(text.substring(from, comma)).isEmpty()) {
        end = comma;
      }
    }
    return trim(text.substring(from, end)).isEmpty() ? null : new Span(from, end);
  }

  /**
   * The speaker after an inverted cue: its capitalised phrase (digits and abbreviations such as {@code Dr.}
   * inside), else words up to a STOP word (at most {@value #MAX_SPEAKER_WORDS}); then an apposition after a
   * comma ({@code kata Ketua Umum PSSI, Erwin Tanjung}) when a capitalised phrase follows it.
   */
  private static Span phraseAfter(String text, List<Token> tokens, int from, int sentenceEnd, ClaimCues c) {
    if (from >= tokens.size()) {
      return null;
    }
    int end = run(text, tokens, from, c);
    if (end == from) {
      return null;
    }
    int stop = tokens.get(end - 1).end();
    if (end < tokens.size() && text.startsWith(", ", stop) && tokens.get(end).start() == stop + 2
        && tokens.get(end).isCapitalized()) {
      int more = run(text, tokens, end, c);
      boolean toEnd = more == tokens.size() || text.charAt(tokens.get(more - 1).end()) != ' ';
      if (toEnd || c.is("STOP", tokens.get(more).text().toLowerCase(Locale.ROOT))) {
        end = more;
      }
    }
    return new Span(tokens.get(from).start(), tokens.get(end - 1).end());
  }

  /** The end token of a speaker phrase starting at {@code from}. */
  private static int run(String text, List<Token> tokens, int from, ClaimCues c) {
    int end = from;
    boolean capitalised = tokens.get(from).isCapitalized();
    while (end < tokens.size() && end - from < MAX_SPEAKER_WORDS) {
      Token t = tokens.get(end);
      if (end > from) {
        Token prev = tokens.get(end - 1);
        String gap = text.substring(prev.end(), t.start());
        boolean abbreviation = gap.equals(". ") && prev.isCapitalized() && prev.text().length() <= 4;
        if (!gap.equals(" ") && !abbreviation) {
          break;
        }
      }
      String lower = t.text().toLowerCase(Locale.ROOT);
      boolean ok = capitalised ? t.isCapitalized() || Character.isDigit(t.text().charAt(0))
          : !c.is("STOP", lower);
      if (!ok) {
        break;
      }
      end++;
    }
    return end;
  }

  private static String speakerKey(List<Located> here, Span speaker) {
    Located best = null;
    for (Located l : here) {
      Mention m = l.mention();
      boolean named = !l.entity().type().isMeasure() && l.entity().type() != io.kabar.analysis.EntityType.DATE;
      if (named && m.start() < speaker.end() && m.end() > speaker.start()
          && (best == null || m.end() - m.start() >= best.mention().end() - best.mention().start())) {
        best = l;
      }
    }
    return best == null ? null : best.entity().key();
  }

  private static List<Located> inside(List<Located> sorted, int start, int end) {
    int lo = ByStart.firstAtOrAfter(sorted, l -> l.mention().start(), start);
    List<Located> out = new ArrayList<>();
    for (int i = lo; i < sorted.size() && sorted.get(i).mention().start() < end; i++) {
      if (sorted.get(i).mention().end() <= end) {
        out.add(sorted.get(i));
      }
    }
    return out;
  }

  /** How many of HEDGE, COMPARE and FUTURE words {@code [start,end)} holds (each kind counts once). */
  private static int features(String text, int start, int end, ClaimCues c) {
    boolean hedge = false;
    boolean compare = false;
    boolean future = false;
    for (Token t : Tokenizer.tokens(text, start, end)) {
      String w = t.text().toLowerCase(Locale.ROOT);
      hedge |= c.is("HEDGE", w);
      compare |= c.is("COMPARE", w);
      future |= c.is("FUTURE", w);
    }
    return (hedge ? 1 : 0) + (compare ? 1 : 0) + (future ? 1 : 0);
  }

  /**
   * Check-worthiness: 0.3, +0.3 with a number (QUANTITY, MONEY, PERCENT), +0.2 with a speaker, +0.2 for a direct
   * quote, +0.1 for each of a hedge ({@code sekitar}, {@code about}), a comparative or change ({@code naik},
   * {@code more}) and the future ({@code akan}, {@code will}) in the claim's text (cue files); at most 1.
   */
  private static double score(boolean numbers, boolean speaker, boolean quote, int features) {
    double raw = 0.3 + (numbers ? 0.3 : 0) + (speaker ? 0.2 : 0) + (quote ? 0.2 : 0) + 0.1 * features;
    return Math.min(1.0, Math.round(raw * 100) / 100.0);
  }

  private static String trim(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && TRIM.indexOf(s.charAt(a)) >= 0) {
      a++;
    }
    while (b > a && TRIM.indexOf(s.charAt(b - 1)) >= 0) {
      b--;
    }
    return s.substring(a, b);
  }

  /**
   * True when {@code text} has a line break in {@code [from, to]}; scans back from {@code to} only
   * that far (not to the previous line break, which in a text of one long line is its start).
   */
  private static boolean newlineBetween(String text, int from, int to) {
    for (int i = Math.min(to, text.length() - 1); i >= Math.max(0, from); i--) {
      if (text.charAt(i) == '\n') {
        return true;
      }
    }
    return false;
  }
}
