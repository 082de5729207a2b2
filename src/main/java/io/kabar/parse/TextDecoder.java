package io.kabar.parse;

import io.kabar.analysis.ArticleException;
import io.kabar.analysis.ErrorCode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into text. A byte-order mark (UTF-8, UTF-16LE, UTF-16BE) decides; otherwise strict
 * UTF-8, and when the bytes are not valid UTF-8, the charset an HTML {@code <meta>} declares (for
 * HTML) or windows-1252 (a superset of ISO-8859-1's printable characters; its five undefined bytes
 * become U+FFFD). Control characters other than {@code \n} and {@code \t} are removed, line
 * ends normalised to {@code \n}, and text that was UTF-8 decoded twice upstream is repaired
 * ({@link Mojibake}). {@link #decode} never fails; {@link #decodeChecked} also rejects
 * text that is mostly undecodable. Thread-safe.
 */
public final class TextDecoder {
  /**
   * Share of U+FFFD replacement characters (bytes no charset could map: unpaired UTF-16 surrogates,
   * windows-1252's undefined bytes) above which {@link #decodeChecked} reports BAD_ENCODING, once
   * there are at least {@link #MIN_UNDECODABLE} of them.
   */
  public static final double MAX_UNDECODABLE_SHARE = 0.10;
  /** Fewer replacement characters than this are never an encoding failure, whatever the share. */
  public static final int MIN_UNDECODABLE = 16;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{1,40})");

  private TextDecoder() {}

  /** The charset named by a byte-order mark at the start of {@code b}, or null. */
  static Charset bom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * Decodes {@code bytes}.
   *
   * @param html true to honour a {@code <meta charset>} when the bytes are not valid UTF-8
   * @return the text without BOM and control characters, line ends as {@code \n}
   */
  public static String decode(byte[] bytes, boolean html) {
    Charset bom = bom(bytes);
    String text;
    if (bom != null) {
      int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
      text = new String(bytes, skip, bytes.length - skip, bom);
    } else {
      text = strictUtf8(bytes);
      if (text == null) {
        Charset fallback = html ? metaCharset(bytes) : null;
        text = new String(bytes, fallback == null ? WINDOWS_1252 : fallback);
      }
    }
    return clean(text);
  }

  /**
   * Decodes like {@link #decode}, then rejects the result when more than
   * {@link #MAX_UNDECODABLE_SHARE} of its characters could not be decoded.
   *
   * @throws ArticleException BAD_ENCODING naming the count, the share and the limit
   */
  public static String decodeChecked(byte[] bytes, boolean html) throws ArticleException {
    String text = decode(bytes, html);
    long bad = count(text, '\uFFFD');
    if (bad >= MIN_UNDECODABLE && bad > MAX_UNDECODABLE_SHARE * text.length()) {
      Charset bom = bom(bytes);
      throw new ArticleException(ErrorCode.BAD_ENCODING, bad + " of " + text.length() + " characters could not be "
          + "decoded as " + (bom != null ? bom.name() + " (as its byte-order mark says)" : "UTF-8 or windows-1252")
          + ", more than the " + Math.round(MAX_UNDECODABLE_SHARE * 100) + "% allowed");
    }
    return text;
  }

  /**
   * Normalises line ends to {@code \n}, drops control characters except newline and tab, and
   * repairs UTF-8 that was decoded twice upstream ({@link Mojibake}).
   */
  public static String clean(String text) {
    String unified = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    // one plain scan (no regex pass over clean text, which is nearly every input) looks for both
    // control characters and the first double-decoded UTF-8 run
    // over a char[] copy: String.charAt's index checks are not removed in this loop and cost several
    // times the copy on a page of a few hundred KB
    char[] chars = unified.toCharArray();
    int mojibake = -1;
    for (int i = 0, n = chars.length; i < n; i++) {
      char c = chars[i];
      if (isControl(c)) {
        return Mojibake.repair(withoutControls(chars, i));
      }
      if (mojibake < 0 && c >= 0xC2 && c <= 0xF4 && Mojibake.sequenceLength(unified, i) > 0) {
        mojibake = i;
      }
    }
    return mojibake < 0 ? unified : Mojibake.repairFrom(unified, mojibake);
  }

  /** The characters dropped: C0 controls but newline and tab (carriage returns are gone by then), DEL, a byte-order mark. */
  private static boolean isControl(char c) {
    return c < 0x20 ? c != '\n' && c != '\t' : c == 0x7F || c == '\uFEFF';
  }

  /** {@code chars} without their control characters, the first of which is at {@code first}. */
  private static String withoutControls(char[] chars, int first) {
    int kept = first;
    for (int i = first + 1; i < chars.length; i++) {
      char c = chars[i];
      if (!isControl(c)) {
        chars[kept++] = c;
      }
    }
    return new String(chars, 0, kept);
  }

  /** How often {@code c} occurs in {@code text}; one intrinsic {@code indexOf} for the usual zero. */
  private static long count(String text, char c) {
    int i = text.indexOf(c);
    long n = 0;
    while (i >= 0) {
      n++;
      i = text.indexOf(c, i + 1);
    }
    return n;
  }

  /**
   * The bytes as UTF-8, or null when they are not valid UTF-8. The JDK's replacing decoder is much
   * faster than a reporting {@code CharsetDecoder} (ASCII fast paths, no intermediate buffer); its
   * result is exact unless it holds U+FFFD, which is then either a replaced invalid sequence or a
   * literal U+FFFD, and only then the strict decoder decides.
   */
  private static String strictUtf8(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.indexOf('\uFFFD') < 0 ? text : strictUtf8Slow(bytes);
  }

  private static String strictUtf8Slow(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Charset metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    try {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      // browsers read latin-1 declarations as windows-1252
      return name.equals("iso-8859-1") || name.equals("latin1") ? WINDOWS_1252 : Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
