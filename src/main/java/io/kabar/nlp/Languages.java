package io.kabar.nlp;

import java.util.List;

/**
 * The languages Kabar has data files for, listed in {@code io/kabar/nlp/languages.txt}.
 * {@link #UNDETERMINED} ({@code und}) stands for "no supported language detected".
 */
public final class Languages {
  /** ISO 639-2 code for an undetermined language. */
  public static final String UNDETERMINED = "und";
  private static final List<String> SUPPORTED = DataFiles.lines("io/kabar/nlp/languages.txt");

  private Languages() {}

  /** The supported ISO 639-1 codes, in file order. */
  public static List<String> supported() {
    return SUPPORTED;
  }

  /** True when {@code code} is a supported ISO 639-1 code (exact, lower case). */
  public static boolean isSupported(String code) {
    return code != null && SUPPORTED.contains(code);
  }
}
