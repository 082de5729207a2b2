package io.kabar.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Makes sure no text Kabar stores or prints carries markup or script, whatever the reader let
 * through: tags written as text in a plain-text or Markdown file, {@code &lt;script&gt;} entities
 * that an HTML page shows as text, metadata fields with tags in them, control characters.
 *
 * <p>Applied by {@link ArticleParser} to every paragraph and metadata field a reader returns,
 * before cleaning and language work, so every later field (entities, claims, summary) is built from
 * scrubbed text. What it does, in order, repeated until nothing changes (so that
 * {@code <scr<script>ipt>} cannot reassemble):
 * <ol>
 *   <li>{@code <script>…</script>}, {@code <style>…</style>} and {@code <!--…-->} go with their
 *       content (to the end of the paragraph when unclosed);</li>
 *   <li>every tag-like run {@code <x…>}, {@code </x…>}, {@code <!…>}, {@code <?…>} goes;</li>
 *   <li>a {@code <} that still opens a tag name ({@code <img src=x} with no {@code >}) is dropped;</li>
 *   <li>{@code javascript:}, {@code vbscript:} and {@code data:text/html} schemes and
 *       {@code on…=} event-handler attributes are dropped (they carry no news content);</li>
 *   <li>ANSI escape sequences go, other C0/C1 control characters become spaces, unpaired surrogates
 *       become U+FFFD, and runs of spaces collapse.</li>
 * </ol>
 * Input still changing after {@value #ROUNDS} rounds (markup nested to rebuild itself that often)
 * loses every {@code < > : =} instead. A lone {@code <} before a space or digit ({@code a < b}, {@code <5 %}) stays. Every loop is
 * linear in the text length. Stateless and thread-safe.
 */
public final class MarkupScrubber {
  private static final Pattern TAG = Pattern.compile("<\\s{0,10}/?\\s{0,10}[a-zA-Z!?][^<>]{0,4000}>");
  private static final Pattern TAG_OPEN = Pattern.compile("<(?=\\s{0,10}/?\\s{0,10}[a-zA-Z!?])");
  private static final Pattern SCHEME = Pattern.compile(
      "(?i)(?:java|vb|live)\\s{0,10}script\\s{0,10}:|data\\s{0,10}:\\s{0,10}text/html[^\\s,]{0,100},?");
  // no word-boundary test: "xonerror=" must not survive as the substring "onerror=" (found by Jazzer)
  private static final Pattern HANDLER = Pattern.compile("(?i)on[a-z]{3,30}\\s{0,10}=");
  private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;?]{0,30}[ -/]{0,5}[@-~]");
  private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");
  /** Rounds of removal before the fallback; real text needs one, {@code <scr<script>ipt>} two. */
  private static final int ROUNDS = 8;
  private static final String[][] BLOCKS = {{"<script", "</script"}, {"<style", "</style"}, {"<!--", "-->"}};

  private MarkupScrubber() {}

  /** The scrubbed text, stripped; null stays null. */
  public static String scrub(String s) {
    if (s == null) {
      return null;
    }
    String out = controls(s);
    boolean stable = false;
    for (int round = 0; round < ROUNDS && !stable; round++) {
      String before = out;
      if (out.indexOf('<') >= 0) {
        out = blocks(out);
        out = TAG.matcher(out).replaceAll(" ");
        out = TAG_OPEN.matcher(out).replaceAll("");
      }
      out = SCHEME.matcher(out).replaceAll("");
      out = HANDLER.matcher(out).replaceAll("");
      stable = out.equals(before);
    }
    if (!stable) { // nested deeper than ROUNDS: no round count is safe, so the characters that build markup go
      out = out.replace('<', ' ').replace('>', ' ').replace(':', ' ').replace('=', ' ');
    }
    return SPACES.matcher(out).replaceAll(" ").strip();
  }

  /** Each paragraph scrubbed; paragraphs left blank are dropped. */
  public static List<String> scrub(List<String> paragraphs) {
    List<String> out = new ArrayList<>(paragraphs.size());
    for (String p : paragraphs) {
      String s = scrub(p);
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  /** The URL when it is http(s), else null (a {@code javascript:} canonical link is not a link). */
  public static String httpUrl(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    String lower = u.toLowerCase(Locale.ROOT);
    boolean web = lower.startsWith("http://") || lower.startsWith("https://");
    return web && u.chars().noneMatch(c -> c < 0x21 || c == '<' || c == '>' || c == '"' || c == '\'') ? u : null;
  }

  /** Script, style and comment blocks removed with their content. */
  private static String blocks(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.length() != s.length()) { // a case mapping changed the length: fall back to ASCII-only lowering
      lower = asciiLower(s);
    }
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    while (i < s.length()) {
      int open = -1;
      String[] block = null;
      for (String[] b : BLOCKS) {
        int at = lower.indexOf(b[0], i);
        if (at >= 0 && (open < 0 || at < open)) {
          open = at;
          block = b;
        }
      }
      if (open < 0) {
        break;
      }
      int close = lower.indexOf(block[1], open + block[0].length());
      int end;
      if (close < 0) {
        end = s.length();
      } else {
        int gt = block[1].equals("-->") ? close + 2 : lower.indexOf('>', close);
        end = gt < 0 ? s.length() : gt + 1;
      }
      if (out == null) {
        out = new StringBuilder(s.length());
      }
      out.append(s, copied, open).append(' ');
      copied = end;
      i = end;
    }
    if (out == null) {
      return s;
    }
    return out.append(s, copied, s.length()).toString();
  }

  private static String asciiLower(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] >= 'A' && c[i] <= 'Z') {
        c[i] = (char) (c[i] + 32);
      }
    }
    return new String(c);
  }

  /** ANSI escapes removed, control characters as spaces (newline and tab kept), unpaired surrogates as U+FFFD. */
  private static String controls(String s) {
    String t = s.indexOf('\u001b') >= 0 ? ANSI.matcher(s).replaceAll("") : s;
    StringBuilder out = null;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      char r = c;
      if (c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F) {
        r = ' ';
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1))) {
          if (out != null) {
            out.append(c).append(t.charAt(i + 1));
          }
          i++;
          continue;
        }
        r = '\uFFFD';
      } else if (Character.isLowSurrogate(c)) {
        r = '\uFFFD';
      }
      if (r != c && out == null) {
        out = new StringBuilder(t.length()).append(t, 0, i);
      }
      if (out != null) {
        out.append(r);
      }
    }
    return out == null ? t : out.toString();
  }
}
