package io.kabar.ner.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kabar.analysis.EntityType;
import io.kabar.ner.Conll;
import io.kabar.ner.LabelledSentence;
import io.kabar.nlp.DataFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes {@code src/main/resources/io/kabar/extract/gazetteer-regencies-id.txt}, the names of Indonesia's regencies
 * and cities (kabupaten and kota), from {@code data/regencies.csv} of the npm package {@code idn-area-data} (columns
 * code, province code, name; Open Database License 1.0). Run (after test-compile):
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.kabar.ner.train.RegencyNamesFile \
 *     regencies.csv src/main/resources/io/kabar/extract/gazetteer-regencies-id.txt \
 *     ../shared/data/summaries/indosum-more/pairs.jsonl \
 *     ../shared/data/ner/id/nergrit/train.txt ../shared/data/ner/id/idner-news-2k/train.txt</pre>
 *
 * <p>A row's name loses its {@code Kabupaten}, {@code Kota} and {@code Administrasi} words; a regency and a city of
 * one name share it. Left out, so that the list names places only:
 * <ul>
 *   <li>names the gazetteer knows already (its curated lists keep their keys: {@code Bandung}, {@code Jakarta
 *       Selatan});</li>
 *   <li>one-word names that are everyday words: a stop word or common word of Indonesian or English, a word of the
 *       English dictionary ({@code Metro}, {@code Bone}), a given name of the name lists ({@code given-names-common},
 *       {@code first-names-en}), or a word the unlabelled text (the third argument, any text file) writes in lower
 *       case at least {@link #LOWER_CASE_AT_LEAST} times and as often as with a capital ({@code batu}, {@code buru});
 *       names of several
 *       words that are all such words ({@code Batu Bara}, coal; {@code Pesisir Selatan}, {@code Lima Puluh Kota}: a
 *       name matches with its first word capitalised alone); one-word names that it
 *       continues with another capitalised word, not a direction, at least {@link #CONTINUED_AT_LEAST} times and in
 *       a third of its uses or more (a given name: {@code Bima Arya}, {@code Bima Sakti});</li>
 *   <li>names that are a word of a person's name in the labelled files (the further arguments, CoNLL), such as
 *       {@code Bima}.</li>
 * </ul>
 */
public final class RegencyNamesFile {
  static final int LOWER_CASE_AT_LEAST = 2;
  private static final String DIR = "io/kabar/extract/";
  static final int CONTINUED_AT_LEAST = 5;
  private static final Set<String> COMPASS = Set.of("Utara", "Selatan", "Barat", "Timur", "Tengah", "Tenggara",
      "Daya", "Raya");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern UNIT_WORDS = Pattern.compile("^(?:(?:Kabupaten|Kota|Administrasi)\\s+)+");

  private RegencyNamesFile() {}

  /**
   * The names of the gazetteer's other lists, normalised (read from the files, so that a rerun over an existing
   * list gives the same list).
   */
  private static Set<String> knownNames() throws IOException {
    Set<String> known = new HashSet<>();
    for (String[] row : DataFiles.rows(DIR + "gazetteer-countries-cldr.txt")) {
      for (int column = 1; column < row.length; column++) {
        for (String name : row[column].split("\\|")) {
          known.add(normalized(name));
        }
      }
    }
    for (String file : List.of("countries-common", "locations", "regions", "places-id", "organizations",
        "institutions-id", "companies", "institutions", "clubs", "people", "events", "aliases")) {
      for (String[] row : DataFiles.rows(DIR + "gazetteer-" + file + ".txt")) {
        known.add(normalized(row[0]));
      }
    }
    return known;
  }

  /**
   * Whether the unlabelled text writes {@code word} in lower case {@link #LOWER_CASE_AT_LEAST} times or more and at
   * least as often as with a capital inside a sentence ({@code batu}; not {@code jakarta}, which a few typos write
   * small).
   */
  private static boolean lowerCaseMostly(String word, Map<String, Integer> lowerCase,
      Map<String, Integer> capitalisedInside) {
    int small = lowerCase.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    return small >= LOWER_CASE_AT_LEAST && small >= capitalisedInside.getOrDefault(word, 0);
  }

  /** Whether a letter, digit or comma comes before {@code start}, spaces aside: no sentence starts there. */
  private static boolean midSentence(String text, int start) {
    int at = start - 1;
    while (at >= 0 && text.charAt(at) == ' ') {
      at--;
    }
    return at >= 0 && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == ',');
  }

  private static String normalized(String name) {
    return name.toLowerCase(Locale.ROOT).replace('-', ' ');
  }

  /** Whether the word at {@code [start, end)} is part of an address, a slug or a file name ({@code kab-cilacap}). */
  private static boolean inAddress(String text, int start, int end) {
    String marks = "-/._@";
    return start > 0 && marks.indexOf(text.charAt(start - 1)) >= 0
        || end < text.length() && marks.indexOf(text.charAt(end)) >= 0 && end + 1 < text.length()
            && Character.isLetterOrDigit(text.charAt(end + 1));
  }

  public static void main(String[] args) throws IOException {
    Set<String> everyday = new HashSet<>();
    for (String lang : List.of("en", "id")) {
      everyday.addAll(DataFiles.lowerCaseSet(DataFiles.perLanguage("io/kabar/nlp", "stopwords", lang)));
      everyday.addAll(DataFiles.lowerCaseSet(DataFiles.perLanguage("io/kabar/nlp", "common", lang)));
    }
    everyday.addAll(DataFiles.lowerCaseSet("io/kabar/nlp/words-en.txt"));
    everyday.addAll(DataFiles.lowerCaseSet("io/kabar/extract/given-names-common.txt"));
    everyday.addAll(DataFiles.lowerCaseSet("io/kabar/ner/train/first-names-en.txt"));
    Map<String, Integer> lowerCase = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>(); // capitalised words, and how often another capitalised word follows
    Map<String, Integer> continued = new HashMap<>();
    Map<String, Integer> capitalisedInside = new HashMap<>(); // capitalised words not at a sentence's start
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8)) {
      List<String> texts = new ArrayList<>();
      if (line.startsWith("{")) { // JSON lines: every text field but the id (a slug of the title's words)
        json.readTree(line).fields().forEachRemaining(f -> {
          if (f.getValue().isTextual() && !"id".equals(f.getKey())) {
            texts.add(f.getValue().asText());
          }
        });
      } else {
        texts.add(line);
      }
      for (String text : texts) {
        Matcher words = WORD.matcher(text);
        String previous = null; // the capitalised word right before, with one space between
        int previousEnd = -1;
        while (words.find()) {
          String word = words.group();
          if (Character.isLowerCase(word.charAt(0)) && !inAddress(text, words.start(), words.end())) {
            lowerCase.merge(word, 1, Integer::sum);
          }
          boolean capitalised = Character.isUpperCase(word.charAt(0));
          if (capitalised && midSentence(text, words.start())) {
            capitalisedInside.merge(word, 1, Integer::sum);
          }
          if (previous != null) {
            seen.merge(previous, 1, Integer::sum);
            if (capitalised && previousEnd + 1 == words.start() && text.charAt(previousEnd) == ' '
                && !COMPASS.contains(word)) {
              continued.merge(previous, 1, Integer::sum);
            }
          }
          previous = capitalised ? word : null;
          previousEnd = words.end();
        }
        if (previous != null) {
          seen.merge(previous, 1, Integer::sum);
        }
      }
    }
    Set<String> personWords = new HashSet<>();
    for (int a = 3; a < args.length; a++) {
      for (LabelledSentence s : Conll.read(Path.of(args[a]), Conll.standardLabels())) {
        for (LabelledSentence.Name name : s.names()) {
          if (name.type() == EntityType.PERSON) {
            s.tokens().subList(name.start(), name.end()).forEach(t -> personWords.add(t.toLowerCase(Locale.ROOT)));
          }
        }
      }
    }
    Set<String> known = knownNames();
    TreeMap<String, String> kept = new TreeMap<>();
    List<String> left = new ArrayList<>();
    int rows = 0;
    List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      // code,province_code,name (names hold no comma)
      String name = UNIT_WORDS.matcher(line.substring(line.lastIndexOf(',') + 1).strip()).replaceFirst("");
      rows++;
      String lower = name.toLowerCase(Locale.ROOT);
      boolean oneWord = name.indexOf(' ') < 0;
      String why = known.contains(normalized(name)) ? "known"
          : oneWord && everyday.contains(lower) ? "everyday word"
          : java.util.Arrays.stream(name.split(" ")).allMatch(w -> everyday.contains(w.toLowerCase(Locale.ROOT))
              || lowerCaseMostly(w, lowerCase, capitalisedInside)) ? "written in lower case"
          : personWords.contains(lower) ? "a person's name"
          : oneWord && continued.getOrDefault(name, 0) >= CONTINUED_AT_LEAST
              && continued.get(name) * 3 >= seen.get(name) ? "opens longer names" : null;
      if (why == null) {
        kept.put(name, name);
      } else if (!"known".equals(why)) {
        left.add(name + " (" + why + ")");
      }
    }
    List<String> out = new ArrayList<>(List.of(
        "# Indonesia's regencies and cities (kabupaten and kota) the curated lists lack, for the gazetteer: LOCATION,",
        "# keyed by the name's slug. Source: npm idn-area-data 4.0.1, data/regencies.csv (" + rows
            + " rows), by Fityan",
        "# Ali Nugroho and contributors, Open Database License 1.0 (ODbL); this derived list is offered under the ODbL",
        "# 1.0 too. Provenance: selected by the Kabar team's io.kabar.ner.train.RegencyNamesFile, which drops the "
            + "words",
        "# Kabupaten, Kota and Administrasi, names the gazetteer knows, names whose every word is an everyday word or",
        "# one IndoSum's articles write in lower case, one-word given names or names opening longer names there, and",
        "# words of people's names in Indonesian NER data. One-word names are places only in a place's context.",
        "# Format: one name a line, sorted."));
    out.addAll(kept.keySet());
    Files.write(Path.of(args[1]), out, StandardCharsets.UTF_8);
    System.out.printf("%d rows, %d names kept; left out: %s%n", rows, kept.size(), left);
  }
}
