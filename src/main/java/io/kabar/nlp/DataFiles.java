package io.kabar.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads Kabar's data files: UTF-8 text on the class path, one entry a line, {@code #} starting a
 * comment line, blank lines ignored, surrounding whitespace trimmed. Columns are separated by a tab.
 * Language specifics live in files named {@code <name>-<lang>.txt}; a missing file reads as empty.
 */
public final class DataFiles {
  private DataFiles() {}

  /**
   * The entries of a resource, in file order.
   *
   * @param path class-path resource path such as {@code io/kabar/nlp/stopwords-id.txt}
   * @return the non-comment, non-blank lines, trimmed; empty when the resource does not exist
   */
  public static List<String> lines(String path) {
    InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          out.add(trimmed);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data file " + path, e);
    }
    return List.copyOf(out);
  }

  /** True when the resource exists on the class path. */
  public static boolean exists(String path) {
    return DataFiles.class.getClassLoader().getResource(path) != null;
  }

  /** The entries of a resource split on tabs. */
  public static List<String[]> rows(String path) {
    List<String[]> out = new ArrayList<>();
    for (String line : lines(path)) {
      String[] cells = line.split("\t");
      for (int i = 0; i < cells.length; i++) {
        cells[i] = cells[i].strip();
      }
      out.add(cells);
    }
    return out;
  }

  /** The entries of a resource lower-cased with {@link Locale#ROOT}, as an ordered set. */
  public static Set<String> lowerCaseSet(String path) {
    Set<String> out = new LinkedHashSet<>();
    for (String line : lines(path)) {
      out.add(line.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  /**
   * The path of a per-language file: {@code <dir>/<name>-<lang>.txt}.
   *
   * @param dir  resource directory such as {@code io/kabar/nlp}
   * @param name base name such as {@code stopwords}
   * @param lang ISO 639-1 code, or {@code common} for language-neutral data
   */
  public static String perLanguage(String dir, String name, String lang) {
    return dir + "/" + name + "-" + lang + ".txt";
  }
}
