package io.kabar.parse;

/**
 * Repairs text that was UTF-8, then decoded a second time as windows-1252 or ISO-8859-1 somewhere
 * upstream (a CMS, a database, an export): {@code isnâ€™t} becomes {@code isn’t}, {@code debtâ}
 * followed by two C1 controls becomes {@code debt—}, {@code Ã©} becomes {@code é}. Such pages are
 * valid UTF-8 themselves, so the decoder cannot see the damage; left alone, every broken character
 * glues two words into one token (the {@code â} is a letter) and splits names and numbers.
 *
 * <p>A run is repaired only when its characters, read back as single bytes, form one valid UTF-8
 * sequence (lead byte and 1-3 continuation bytes) <em>and</em> it carries a mark no real text has
 * in that place: a C1 control character (U+0080-U+009F), one of windows-1252's printable characters
 * for bytes 0x80-0x9F ({@code € ‚ „ … ™ œ Ÿ …}), or the lead {@code Â}/{@code Ã} directly followed by
 * a Latin-1 symbol (U+00A0-U+00BF, the second byte of every character in U+0080-U+00FF). Text in
 * French, German, Portuguese, Spanish or Indonesian has none of these, so it comes out unchanged;
 * the rule is the core of what ftfy does for this case, without its guessing about other charsets.
 * Thread-safe; one scan and no allocation when there is nothing to repair.
 */
public final class Mojibake {
  /** windows-1252's characters for the bytes 0x80-0x9F (index = byte - 0x80; 0 = undefined). */
  private static final char[] CP1252_HIGH = {
    '\u20AC', 0, '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
    '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', 0, '\u017D', 0,
    0, '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
    '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', 0, '\u017E', '\u0178'};

  private Mojibake() {}

  /** {@code text} with every double-decoded UTF-8 run repaired; the same instance when there is none. */
  public static String repair(String text) {
    int n = text.length();
    int first = -1;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0xC2 && c <= 0xF4 && sequenceLength(text, i) > 0) {
        first = i;
        break;
      }
    }
    return first < 0 ? text : repairFrom(text, first);
  }

  /** {@link #repair} when the first repairable run is known to start at {@code first}. */
  static String repairFrom(String text, int first) {
    int n = text.length();
    StringBuilder out = new StringBuilder(n);
    out.append(text, 0, first);
    int i = first;
    while (i < n) {
      char c = text.charAt(i);
      int len = c >= 0xC2 && c <= 0xF4 ? sequenceLength(text, i) : 0;
      if (len > 0) {
        out.appendCodePoint(codePoint(text, i, len));
        i += len;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /**
   * The number of characters of a repairable run starting at {@code i} (2-4), or 0 when the
   * characters there are not a double-decoded UTF-8 sequence with a telltale mark.
   */
  static int sequenceLength(String text, int i) {
    int lead = text.charAt(i);
    int len = lead <= 0xDF ? 2 : lead <= 0xEF ? 3 : 4;
    if (i + len > text.length()) {
      return 0;
    }
    boolean marked = false;
    for (int k = 1; k < len; k++) {
      char c = text.charAt(i + k);
      int b = byteOf(c);
      if (b < 0x80 || b > 0xBF) {
        return 0;
      }
      if (b < 0xA0) {
        marked = true; // a C1 control or a windows-1252 punctuation character after a lead byte
      } else if (k == 1 && len == 2 && (lead == 0xC2 || lead == 0xC3)) {
        marked = true; // Â or Ã followed by a Latin-1 symbol: U+0080-U+00FF encoded twice
      }
    }
    if (!marked) {
      return 0;
    }
    int second = byteOf(text.charAt(i + 1));
    // overlong and surrogate forms are not UTF-8 (RFC 3629's table)
    if (lead == 0xE0 && second < 0xA0 || lead == 0xED && second > 0x9F
        || lead == 0xF0 && second < 0x90 || lead == 0xF4 && second > 0x8F) {
      return 0;
    }
    return len;
  }

  /** The byte a character stood for when bytes were decoded as windows-1252 or ISO-8859-1; -1 if none. */
  private static int byteOf(char c) {
    if (c <= 0xFF) {
      return c;
    }
    for (int b = 0; b < CP1252_HIGH.length; b++) {
      if (CP1252_HIGH[b] == c) {
        return 0x80 + b;
      }
    }
    return -1;
  }

  private static int codePoint(String text, int i, int len) {
    int lead = text.charAt(i);
    int cp = len == 2 ? lead & 0x1F : len == 3 ? lead & 0x0F : lead & 0x07;
    for (int k = 1; k < len; k++) {
      cp = cp << 6 | byteOf(text.charAt(i + k)) & 0x3F;
    }
    return cp;
  }
}
