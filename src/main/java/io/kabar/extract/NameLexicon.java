package io.kabar.extract;

import io.kabar.nlp.DataFiles;
import io.kabar.nlp.Languages;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-language word lists the entity extractor uses, all lower case:
 * {@code io/kabar/nlp/stopwords-<lang>.txt} (function words dropped from the start of a
 * capitalised phrase), {@code io/kabar/extract/person-titles-<lang>.txt} (words before a person's
 * name: Presiden, Mr.), {@code person-roles-<lang>.txt} (role nouns that are a title only in lower case: boss,
 * quarterback, star; English only), {@code org-cues-<lang>.txt} (words that make a phrase an organisation:
 * Komisi, Ministry), {@code event-cues-<lang>.txt} (Perang, War), {@code non-names-<lang>.txt}
 * (capitalised phrases that name nothing: Tanah Air), {@code place-cues-<lang>.txt} (words that make
 * a phrase they start or end a place: Pulau, Port, Island), {@code org-suffixes-<lang>.txt} (words
 * that make a phrase they end a company or club: Energy, Holdings, FC; every language uses all
 * languages' suffixes, since they travel), {@code org-heads-<lang>.txt} (words that make a name of several
 * words an organisation when they are its head, whatever the name finder said: School, Ministry; English
 * only), {@code place-heads-<lang>.txt} (words that make a name of several words the finder called an
 * organisation a place when they end it: Sea, River, Valley; English only), {@code demonyms-<lang>.txt} (peoples and
 * their adjectives that no country name plus an ending gives: American, Greek, Dutch; English only), {@code
 * office-fields-<lang>.txt} (an office's field after "title of": State in Secretary of State; in Indonesian right
 * after the title: Keuangan in Menteri Keuangan; English and Indonesian), {@code
 * ranks-<lang>.txt} (military and police ranks, which are titles too, and the branch words after them: Letjen TNI,
 * Kombes Pol; Indonesian only), the
 * language identifier's {@code io/kabar/nlp/common-<lang>.txt} (the language's most frequent words; none for unknown
 * languages) and the language-neutral {@code name-connectors-common.txt} (bin, van, de) and {@code
 * legal-forms-common.txt} (PT, Tbk, Inc, Ltd), and {@code post-nominals-common.txt} (degrees after a name: SH, MSi,
 * PhD; as written, not lower-cased). Unknown languages get the union of all lists.
 */
final class NameLexicon {
  private static final String DIR = "io/kabar/extract";

  /** The lists of one language. */
  record Words(Set<String> stopWords, Set<String> titles, Set<String> orgCues, Set<String> eventCues,
      Set<String> nonNames, Set<String> placeCues, Set<String> orgSuffixes, Set<String> orgHeads,
      Set<String> placeHeads, Set<String> demonyms, Set<String> officeFields, Set<String> commonWords,
      boolean titlesInCapitals, Set<String> ranks, Set<String> rankBranches, Set<String> roles) {
    /**
     * Whether {@code token} (a final dot aside: {@code Gov.}) is a person's title; a word in capitals longer
     * than three letters is not ({@code VICE News} names a newsroom, {@code CEO} is a title), except in
     * languages whose titles are acronyms written in capitals ({@link #titlesInCapitals}: Indonesian {@code AKBP},
     * {@code KASAU}). A role noun ({@link #roles}) is a title only as written in lower case ({@code Arsenal boss
     * Mikel Arteta}; not {@code Hugo Boss}).
     */
    boolean isTitle(String token) {
      String lower = token.toLowerCase(Locale.ROOT);
      if (!titlesInCapitals && token.length() > 3 && writtenInCapitals(token) && !token.equals(lower)) {
        return false;
      }
      String bare = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
      return titles.contains(bare) || !roles.isEmpty() && token.equals(lower) && roles.contains(token)
          || bare.indexOf('-') > 0 && hyphenatedTitle(bare);
    }

    /**
     * Titles joined by hyphens ({@code secretary-general}, {@code director-general}, {@code governor-general}, {@code
     * vice-president}): every part is a title. A word of the list with a hyphen ({@code co-founder}) is matched whole.
     */
    private boolean hyphenatedTitle(String lower) {
      int from = 0;
      for (int dash = lower.indexOf('-'); ; dash = lower.indexOf('-', from)) {
        int end = dash < 0 ? lower.length() : dash;
        if (end == from || !titles.contains(lower.substring(from, end))) {
          return false;
        }
        if (dash < 0) {
          return true;
        }
        from = dash + 1;
      }
    }
  }

  /** {@code token.equals(token.toUpperCase(Locale.ROOT))}, without the copy when the token is ASCII. */
  static boolean writtenInCapitals(String token) {
    for (int i = 0, n = token.length(); i < n; i++) {
      char c = token.charAt(i);
      if (c >= 0x80) {
        return token.equals(token.toUpperCase(Locale.ROOT));
      }
      if (c >= 'a' && c <= 'z') {
        return false;
      }
    }
    return true;
  }

  private final Map<String, Words> byLanguage = new HashMap<>();
  private final Words union;
  private final Set<String> connectors;
  private final Set<String> legalForms;
  private final Set<String> postNominals;

  NameLexicon() {
    connectors = DataFiles.lowerCaseSet(DataFiles.perLanguage(DIR, "name-connectors", "common"));
    legalForms = DataFiles.lowerCaseSet(DataFiles.perLanguage(DIR, "legal-forms", "common"));
    Set<String> stop = new HashSet<>();
    Set<String> titles = new HashSet<>();
    Set<String> org = new HashSet<>();
    Set<String> event = new HashSet<>();
    Set<String> non = new HashSet<>();
    Set<String> place = new HashSet<>();
    Set<String> suffix = new HashSet<>();
    Set<String> heads = new HashSet<>();
    Set<String> placeHeads = new HashSet<>();
    Set<String> demonyms = new HashSet<>();
    Set<String> fields = new HashSet<>();
    Set<String> roles = new HashSet<>();
    for (String lang : Languages.supported()) {
      Set<String> ranks = new HashSet<>();
      Set<String> branches = new HashSet<>();
      for (String[] row : DataFiles.rows(DataFiles.perLanguage(DIR, "ranks", lang))) {
        if (row.length != 2 || !(row[1].equals("rank") || row[1].equals("branch"))) {
          throw new IllegalStateException("ranks-" + lang + ".txt: want word<TAB>rank|branch, got " + String.join("|",
              row));
        }
        (row[1].equals("branch") ? branches : ranks).add(row[0].toLowerCase(Locale.ROOT));
      }
      Set<String> personTitles = new HashSet<>(DataFiles.lowerCaseSet(DataFiles.perLanguage(DIR, "person-titles",
          lang)));
      personTitles.addAll(ranks); // a rank is a title
      Words w = new Words(DataFiles.lowerCaseSet(DataFiles.perLanguage("io/kabar/nlp", "stopwords", lang)),
          Set.copyOf(personTitles),
          DataFiles.lowerCaseSet(DataFiles.perLanguage(DIR, "org-cues", lang)),
          DataFiles.lowerCaseSet(DataFiles.perLanguage(DIR, "event-cues", lang)),
          DataFiles.lowerCaseSet(DataFiles.perLanguage(DIR, "non-names", lang)),
          DataFiles.lowerCaseSet(DataFiles.perLanguage(DIR, "place-cues", lang)),
          DataFiles.lowerCaseSet(DataFiles.perLanguage(DIR, "org-suffixes", lang)),
          DataFiles.lowerCaseSet(DataFiles.perLanguage(DIR, "org-heads", lang)),
          DataFiles.lowerCaseSet(DataFiles.perLanguage(DIR, "place-heads", lang)),
          DataFiles.lowerCaseSet(DataFiles.perLanguage(DIR, "demonyms", lang)),
          DataFiles.lowerCaseSet(DataFiles.perLanguage(DIR, "office-fields", lang)),
          DataFiles.lowerCaseSet(DataFiles.perLanguage("io/kabar/nlp", "common", lang)),
          TITLES_IN_CAPITALS.contains(lang), Set.copyOf(ranks), Set.copyOf(branches),
          DataFiles.lowerCaseSet(DataFiles.perLanguage(DIR, "person-roles", lang)));
      byLanguage.put(lang, w);
      stop.addAll(w.stopWords());
      titles.addAll(w.titles());
      org.addAll(w.orgCues());
      event.addAll(w.eventCues());
      non.addAll(w.nonNames());
      place.addAll(w.placeCues());
      suffix.addAll(w.orgSuffixes());
      heads.addAll(w.orgHeads());
      placeHeads.addAll(w.placeHeads());
      demonyms.addAll(w.demonyms());
      fields.addAll(w.officeFields());
      roles.addAll(w.roles());
    }
    // company and club words travel between languages (Manchester United, Bhayangkara FC in Indonesian
    // text): every language uses the union of the suffix lists
    Set<String> allSuffixes = Set.copyOf(suffix);
    byLanguage.replaceAll((lang, w) -> new Words(w.stopWords(), w.titles(), w.orgCues(), w.eventCues(), w.nonNames(),
        w.placeCues(), allSuffixes, w.orgHeads(), w.placeHeads(), w.demonyms(), w.officeFields(), w.commonWords(),
        w.titlesInCapitals(), w.ranks(), w.rankBranches(), w.roles()));
    union = new Words(Set.copyOf(stop), Set.copyOf(titles), Set.copyOf(org), Set.copyOf(event), Set.copyOf(non),
        Set.copyOf(place), Set.copyOf(suffix), Set.copyOf(heads), Set.copyOf(placeHeads), Set.copyOf(demonyms),
        Set.copyOf(fields), Set.of(), false, Set.of(), Set.of(), Set.copyOf(roles));
    postNominals = Set.copyOf(DataFiles.lines(DataFiles.perLanguage(DIR, "post-nominals", "common")));
  }

  /**
   * Languages whose ranks and offices are acronyms written in capitals before the name ({@code AKBP Budi Santoso},
   * {@code KASAU Komodor Udara …}): there a word in capitals can be a title.
   */
  private static final Set<String> TITLES_IN_CAPITALS = Set.of("id", "ms");

  private static final class Holder {
    static final NameLexicon STANDARD = new NameLexicon();
  }

  /** The shipped lists, loaded once. */
  static NameLexicon standard() {
    return Holder.STANDARD;
  }

  /** The lists of {@code lang}, or the union of all languages' lists when it is not supported. */
  Words words(String lang) {
    return byLanguage.getOrDefault(lang, union);
  }

  /**
   * A language's given names ({@code io/kabar/ner/train/first-names-<lang>.txt}, the English name finder's
   * trainer's list, plus {@code given-names-common.txt}) less its everyday words, and its dictionary of words written
   * in lower case ({@code io/kabar/nlp/words-<lang>.txt}); English only. Loaded on a language's first use, not with
   * the other lists: they are 46,000 words, and only names the finder typed oddly are looked up in them.
   */
  private record PersonWords(Set<String> givenNames, Set<String> inflectedNames, String[] dictionary) {
    static PersonWords load(String lang) {
      // the dictionary is sorted lower case: kept as read and searched by halves, it takes less memory than a hash
      // set and loads a little faster (both lists ~25 ms with C1 in a cold JVM, against ~30 as hash sets)
      String[] dictionary = DataFiles.lines(DataFiles.perLanguage("io/kabar/nlp", "words", lang))
          .toArray(String[]::new);
      for (int i = 1; i < dictionary.length; i++) {
        if (dictionary[i - 1].compareTo(dictionary[i]) >= 0) {
          throw new IllegalStateException("words-" + lang + ".txt is not sorted at " + dictionary[i]);
        }
      }
      Set<String> given = new HashSet<>(DataFiles.lowerCaseSet(givenNamesPath(lang)));
      given.addAll(DataFiles.lowerCaseSet(WORLD_GIVEN_NAMES)); // Mikhail, Muammar: world news' names
      // may, will, mark, star, north: not a name's sign; nor are two letters (al, el, la)
      given.removeIf(name -> name.length() < 3);
      Set<String> inflected = new HashSet<>(); // james, miles, frances: read as jame, mile, france plus an ending
      for (java.util.Iterator<String> it = given.iterator(); it.hasNext(); ) {
        String name = it.next();
        if (dictionaryWord(dictionary, name)) {
          it.remove();
          if (!listed(dictionary, name)) {
            inflected.add(name);
          }
        }
      }
      return new PersonWords(Set.copyOf(given), Set.copyOf(inflected), dictionary);
    }
  }

  /** Given names of world news that the English list lacks, added to every language's list. */
  private static final String WORLD_GIVEN_NAMES = DataFiles.perLanguage(DIR, "given-names", "common");

  private final Map<String, PersonWords> personWords = new ConcurrentHashMap<>();
  private final Set<String> givenNameLanguages = Languages.supported().stream()
      .filter(lang -> NameLexicon.class.getClassLoader().getResource(givenNamesPath(lang)) != null)
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static String givenNamesPath(String lang) {
    return DataFiles.perLanguage("io/kabar/ner/train", "first-names", lang);
  }

  private PersonWords personWords(String lang) {
    return personWords.computeIfAbsent(lang == null ? "" : lang, PersonWords::load);
  }

  /** GeoNames' places of 100,000 people or more ({@code cities-large.txt}), loaded on first use. */
  private static final class LargeCities {
    static final Set<String> NAMES = Set.copyOf(DataFiles.lines(DIR + "/cities-large.txt"));
  }

  /** Whether {@code name}, as written, is a city of 100,000 people or more ({@code Brno}, {@code Nablus}). */
  boolean largeCity(String name) {
    return LargeCities.NAMES.contains(name);
  }

  /** Whether {@code lang} has a given-name list (English); answered without loading it. */
  boolean hasGivenNames(String lang) {
    return lang != null && givenNameLanguages.contains(lang);
  }

  /**
   * Whether {@code lower} (lower case) is a given name in {@code lang} that is no everyday word too: {@code hillary},
   * {@code valentino}; not {@code may}, {@code will}, {@code star}, nor two letters ({@code el}). Places people are
   * named after stay in ({@code charlotte}, {@code dallas}).
   */
  boolean givenName(String lower, String lang) {
    return personWords(lang).givenNames().contains(lower);
  }

  /**
   * Whether {@code lower} (lower case) is in {@code lang}'s given-name list and is not itself a dictionary word, though
   * it may read as one with an ending ({@code james}, {@code miles}, {@code sanders}, unlike {@link #givenName}; not
   * {@code may}).
   */
  boolean listedName(String lower, String lang) {
    PersonWords w = personWords(lang);
    return w.givenNames().contains(lower) || w.inflectedNames().contains(lower);
  }

  /**
   * Whether {@code lower} (lower case) is a word of {@code lang}'s dictionary, or an inflection of one in -s, -es,
   * -ies, -ing(s) or -ed is ({@code hawks}, {@code hills}, {@code memorial}, {@code bombings}, {@code united}); a
   * surname is not ({@code rossi}, {@code cifuentes}). False for a language without a dictionary.
   */
  boolean dictionaryWord(String lower, String lang) {
    return dictionaryWord(personWords(lang).dictionary(), lower);
  }

  private static boolean dictionaryWord(String[] dictionary, String lower) {
    int n = lower.length();
    return listed(dictionary, lower)
        || n > 3 && lower.endsWith("s") && listed(dictionary, lower.substring(0, n - 1))
        || n > 4 && lower.endsWith("es") && listed(dictionary, lower.substring(0, n - 2))
        || n > 4 && lower.endsWith("ies") && listed(dictionary, lower.substring(0, n - 3) + "y")
        || n > 6 && lower.endsWith("ings") && stem(dictionary, lower.substring(0, n - 4))
        || n > 5 && lower.endsWith("ing") && stem(dictionary, lower.substring(0, n - 3))
        || n > 4 && lower.endsWith("ed") && (listed(dictionary, lower.substring(0, n - 1))
            || stem(dictionary, lower.substring(0, n - 2)));
  }

  /**
   * Whether {@code stem}, what is left of a word without -ing or -ed, is a dictionary word as it stands
   * ({@code bomb}ing), with an e ({@code unit}ed) or without a doubled last letter ({@code plann}ing).
   */
  private static boolean stem(String[] dictionary, String stem) {
    int n = stem.length();
    return listed(dictionary, stem) || listed(dictionary, stem + "e")
        || n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && listed(dictionary, stem.substring(0, n - 1));
  }

  private static boolean listed(String[] sorted, String word) {
    return java.util.Arrays.binarySearch(sorted, word) >= 0;
  }

  /** Lower-case words that may join capitalised name parts (bin, van, de). */
  Set<String> connectors() {
    return connectors;
  }

  /**
   * Degrees and post-nominals written after a name, as written but without dots ({@code SH}, {@code MSi},
   * {@code PhD}, {@code OBE}); case-sensitive, so the surname {@code Ma} is not {@code MA}.
   */
  Set<String> postNominals() {
    return postNominals;
  }

  /** Companies' legal forms, lower case without dots or brackets: pt before a name; tbk, inc, ltd after it. */
  Set<String> legalForms() {
    return legalForms;
  }

  private final Map<String, Set<String>> bodyNouns = new ConcurrentHashMap<>();

  /**
   * The nouns that, right before a capitalised name, say it is a body ({@code brewer}, {@code newspaper}: {@code
   * org-appositives-<lang>.txt}); empty for a language without the list.
   */
  Set<String> bodyNouns(String lang) {
    return bodyNouns.computeIfAbsent(lang == null ? "" : lang,
        l -> DataFiles.lowerCaseSet(DataFiles.perLanguage(DIR, "org-appositives", l)));
  }
}
