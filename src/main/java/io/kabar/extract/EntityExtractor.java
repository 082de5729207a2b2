package io.kabar.extract;

import io.kabar.analysis.Entity;
import io.kabar.analysis.EntityType;
import io.kabar.analysis.Mention;
import io.kabar.nlp.Sentence;
import io.kabar.nlp.Token;
import io.kabar.nlp.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * BASELINE named-entity recogniser from capitalisation, word lists and a gazetteer (to be replaced
 * by a trained OpenNLP name finder).
 *
 * <p>Candidates are runs of capitalised words separated by single spaces inside one sentence,
 * lower-case connectors ({@code bin}, {@code van}) allowed between them. In a run, known names
 * ({@link Gazetteer}) are taken first, longest match; leading stop words are dropped; a person title
 * ({@code Presiden}, {@code Mr.}) marks the next unknown part as a PERSON; a run holding an
 * organisation cue ({@code Komisi}, {@code Ministry}) is one ORGANIZATION; a part holding an event
 * cue ({@code Perang}, {@code War}) is an EVENT; other unknown parts of 2–4 words are PERSONs. A
 * single unknown word is kept only when it is the first or last word of exactly one PERSON found in
 * the text ({@code Kim}, {@code Putin}) or follows a title; otherwise it is dropped.
 *
 * <p>Mentions are merged by key ({@code TYPE#slug}, countries {@code LOCATION#<iso>}), so hyphen and
 * space variants and aliases ({@code Korut}) share one entity. Salience =
 * 0.5·(mentions / most mentions) + 0.3·(1 − first offset / text length) + 0.2·(named in title).
 * Immutable and thread-safe.
 */
public final class EntityExtractor {
  private static final int MAX_PERSON_TOKENS = 4;
  private static final java.util.regex.Pattern NAME_PARTS = java.util.regex.Pattern.compile("[\\s-]+");

  private final Gazetteer gazetteer;
  private final NameLexicon lexicon;

  private EntityExtractor(Gazetteer gazetteer, NameLexicon lexicon) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
  }

  /** The extractor over the shipped gazetteer and word lists. */
  public static EntityExtractor standard() {
    return new EntityExtractor(Gazetteer.standard(), new NameLexicon());
  }

  /** One candidate mention; {@code key} null for single words still to be resolved. */
  private record Candidate(String key, EntityType type, String text, int start, int end, boolean alias,
      String canonical, boolean titled) {}

  /**
   * The named entities (PERSON, ORGANIZATION, LOCATION, EVENT) of {@code text}.
   *
   * @param sentences the sentences of {@code text} (offsets into it)
   * @param lang      ISO 639-1 code or {@code und}
   * @param title     the article title (for salience), or null
   * @return entities in order of first mention; empty when none
   */
  public List<Entity> extract(String text, List<Sentence> sentences, String lang, String title) {
    NameLexicon.Words words = lexicon.words(lang);
    List<Candidate> candidates = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Token> tokens = Tokenizer.tokens(text, s.start(), s.end());
      int i = 0;
      while (i < tokens.size()) {
        if (!tokens.get(i).isCapitalized()) {
          i++;
          continue;
        }
        int end = runEnd(text, tokens, i);
        Token before = i > 0 ? tokens.get(i - 1) : null;
        boolean titled = before != null && words.titles().contains(before.text().toLowerCase(Locale.ROOT));
        segment(tokens.subList(i, end), titled, words, text, candidates);
        i = end;
      }
    }
    return merge(resolveSingles(candidates), text, title);
  }

  /** A mention-less entity for a name outside the text (a dateline place), typed by the gazetteer. */
  public Entity unanchored(String name, EntityType fallbackType) {
    Optional<Gazetteer.Entry> known = gazetteer.lookup(name);
    String key = known.map(Gazetteer.Entry::key).orElse(Slugs.key(fallbackType.name(), name));
    EntityType type = known.map(Gazetteer.Entry::type).orElse(fallbackType);
    return Entity.named(key, type, name, List.of(), 0.3, List.of());
  }

  /** The end (exclusive) of the capitalised run starting at {@code from}. */
  private int runEnd(String text, List<Token> tokens, int from) {
    int end = from + 1;
    while (end < tokens.size() && singleSpace(text, tokens.get(end - 1), tokens.get(end))) {
      Token t = tokens.get(end);
      if (t.isCapitalized()) {
        end++;
      } else {
        int next = end;
        while (next < tokens.size() && next - end < 3 && lexicon.connectors().contains(tokens.get(next).text())
            && next + 1 < tokens.size() && singleSpace(text, tokens.get(next), tokens.get(next + 1))) {
          next++;
        }
        if (next == end || next >= tokens.size() || !tokens.get(next).isCapitalized()) {
          break;
        }
        end = next + 1;
      }
    }
    return end;
  }

  private static boolean singleSpace(String text, Token a, Token b) {
    return b.start() == a.end() + 1 && text.charAt(a.end()) == ' ';
  }

  private void segment(List<Token> run, boolean titled, NameLexicon.Words words, String text,
      List<Candidate> out) {
    int i = 0;
    while (i < run.size() && gazetteer.longest(run, i, run.size()).isEmpty()) {
      String lower = run.get(i).text().toLowerCase(Locale.ROOT);
      if (words.titles().contains(lower)) {
        titled = true;
      } else if (!words.stopWords().contains(lower)) {
        break;
      }
      i++;
    }
    for (int j = i; j < run.size(); j++) {
      if (words.orgCues().contains(run.get(j).text().toLowerCase(Locale.ROOT))) {
        add(run.subList(i, run.size()), EntityType.ORGANIZATION, false, words, text, out);
        return;
      }
    }
    int unknownStart = -1;
    while (i < run.size()) {
      Optional<Gazetteer.Entry> known = gazetteer.longest(run, i, run.size());
      String lower = run.get(i).text().toLowerCase(Locale.ROOT);
      if (known.isPresent() || words.titles().contains(lower)) {
        if (unknownStart >= 0) {
          add(run.subList(unknownStart, i), null, titled, words, text, out);
          titled = false;
          unknownStart = -1;
        }
        if (known.isPresent()) {
          Gazetteer.Entry e = known.get();
          Token first = run.get(i);
          Token last = run.get(i + e.tokens() - 1);
          out.add(new Candidate(e.key(), e.type(), text.substring(first.start(), last.end()), first.start(),
              last.end(), e.alias(), e.canonical(), false));
          i += e.tokens();
        } else {
          titled = true;
          i++;
        }
        continue;
      }
      if (unknownStart < 0) {
        unknownStart = i;
      }
      i++;
    }
    if (unknownStart >= 0) {
      add(run.subList(unknownStart, run.size()), null, titled, words, text, out);
    }
  }

  /** Adds an unknown part as a candidate of {@code type}, or of the type its words suggest. */
  private void add(List<Token> part, EntityType type, boolean titled, NameLexicon.Words words, String text,
      List<Candidate> out) {
    int n = part.size();
    while (n > 0 && !part.get(n - 1).isCapitalized()) {
      n--;
    }
    if (n == 0) {
      return;
    }
    Token first = part.get(0);
    Token last = part.get(n - 1);
    String surface = text.substring(first.start(), last.end());
    if (words.nonNames().contains(surface.toLowerCase(Locale.ROOT))) {
      return;
    }
    if (type == null) {
      boolean event = part.subList(0, n).stream()
          .anyMatch(t -> words.eventCues().contains(t.text().toLowerCase(Locale.ROOT)));
      if (event && n > 1) {
        type = EntityType.EVENT;
      } else if (n == 1) {
        out.add(new Candidate(null, EntityType.PERSON, surface, first.start(), last.end(), false, null, titled));
        return;
      } else if (n <= MAX_PERSON_TOKENS || titled) {
        type = EntityType.PERSON;
      } else {
        return;
      }
    }
    out.add(new Candidate(Slugs.key(type.name(), surface), type, surface, first.start(), last.end(), false,
        null, titled));
  }

  /**
   * Gives single words the key of the one PERSON (found as a phrase, or as a word after a title) whose
   * first or last word they are; drops the rest.
   */
  private static List<Candidate> resolveSingles(List<Candidate> candidates) {
    Map<String, String> byPart = new HashMap<>();
    for (Candidate c : candidates) {
      if (c.type() == EntityType.PERSON && (c.key() != null || c.titled())) {
        String key = c.key() != null ? c.key() : Slugs.key("PERSON", c.text());
        String[] parts = NAME_PARTS.split(c.text());
        for (String part : new String[] {parts[0], parts[parts.length - 1]}) {
          String previous = byPart.putIfAbsent(part, key);
          if (previous != null && !previous.equals(key)) {
            byPart.put(part, "");
          }
        }
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.key() != null) {
        out.add(c);
        continue;
      }
      String person = byPart.get(c.text());
      if (person != null && !person.isEmpty()) {
        out.add(new Candidate(person, EntityType.PERSON, c.text(), c.start(), c.end(), false, null, false));
      } else if (c.titled()) {
        out.add(new Candidate(Slugs.key("PERSON", c.text()), EntityType.PERSON, c.text(), c.start(), c.end(),
            false, null, true));
      }
    }
    return out;
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
      int score = (c.alias() ? 0 : 1_000_000) + NAME_PARTS.split(c.text()).length * 1000 + counts.get(c.text());
      if (score > bestScore) {
        best = c.text();
        bestScore = score;
      }
    }
    boolean onlyAliases = group.stream().allMatch(Candidate::alias);
    return onlyAliases && group.get(0).canonical() != null ? group.get(0).canonical() : best;
  }
}
