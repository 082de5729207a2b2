package io.kabar.parse.html;

import io.kabar.nlp.DataFiles;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What the class and id names of an element suggest about it. Words live in
 * {@code class-hints.txt} ({@code KIND<TAB>words}): UNLIKELY names mark page furniture removed
 * before scoring (navigation, comments, share bars, cookie notices, ads, related links, footers),
 * unless a MAYBE name (article, content, body, …) is present too (UNLESS_PROSE names, such as
 * embed, mark furniture only when the block holds no prose: an embedded product card or post is
 * furniture, an embedded block of paragraphs is content); POSITIVE and NEGATIVE names
 * weigh a candidate block up or down. Names are split into words on non-letters and camelCase; a
 * word matches a hint when it equals the hint, or starts with it and the hint has four or more
 * letters and the word is not listed as NOT (commentary is no comment). The utility classes of CSS
 * frameworks ({@code overflow-hidden}, {@code md:flex}, {@code hidden lg:block}) describe layout,
 * not content, and are ignored. Thread-safe.
 */
final class ClassHints {
  private static final Set<String> UNLIKELY = new HashSet<>();
  private static final Set<String> MAYBE = new HashSet<>();
  private static final Set<String> POSITIVE = new HashSet<>();
  private static final Set<String> NEGATIVE = new HashSet<>();
  private static final Set<String> NOT = new HashSet<>();
  private static final Set<String> UNLESS_PROSE = new HashSet<>();
  /** A field whose label is not shown (Drupal's {@code field--label-hidden}): the content is. */
  private static final Pattern LABEL_HIDDEN = Pattern.compile(".*label-{1,2}(?:hidden|visually-hidden)");
  static final int SLUG_WORDS = 5;
  private static final Pattern SCROLL_UTILITY = Pattern.compile("scroll-(?:[mp][trblxyse]?-.+|smooth|auto)");

  static {
    for (String[] row : DataFiles.rows("io/kabar/parse/html/class-hints.txt")) {
      Set<String> target = switch (row[0]) {
        case "UNLIKELY" -> UNLIKELY;
        case "MAYBE" -> MAYBE;
        case "POSITIVE" -> POSITIVE;
        case "NEGATIVE" -> NEGATIVE;
        case "NOT" -> NOT;
        case "UNLESS_PROSE" -> UNLESS_PROSE;
        default -> throw new IllegalStateException("class-hints.txt: unknown kind " + row[0]);
      };
      for (String w : row[1].split("\\s+")) {
        target.add(w);
      }
    }
  }

  private ClassHints() {}

  /** True when the element's names mark it as page furniture and none marks it as content. */
  static boolean unlikely(Element e) {
    String names = names(e, false);
    return !names.isEmpty() && (any(names, UNLIKELY) || any(names, UNLESS_PROSE)) && !any(names(e, true), MAYBE);
  }

  /**
   * True when the element is {@link #unlikely} only for an UNLESS_PROSE word (an embed): furniture
   * when it holds a product card or a social post, content when it holds paragraphs of prose.
   */
  static boolean unlessProse(Element e) {
    String names = names(e, false);
    return !names.isEmpty() && !any(names, UNLIKELY) && any(names, UNLESS_PROSE) && !any(names(e, true), MAYBE);
  }

  /**
   * +25 for positive and -25 for negative class words, the same again for id words; a slug id
   * ({@link #slug}) only counts for positive words.
   */
  static int weight(Element e) {
    int w = 0;
    String cls = utilityFree(e.className());
    if (!cls.isEmpty()) {
      String words = words(cls);
      w += any(words, NEGATIVE) ? -25 : 0;
      w += any(words, POSITIVE) ? 25 : 0;
    }
    String id = e.id();
    if (!id.isEmpty()) {
      String words = words(id);
      w += !slug(id) && any(words, NEGATIVE) ? -25 : 0;
      w += any(words, POSITIVE) ? 25 : 0;
    }
    return w;
  }

  /** Class, id and role words; a slug id ({@link #slug}) only when {@code withSlugId}. */
  private static String names(Element e, boolean withSlugId) {
    String cls = utilityFree(e.className());
    String id = withSlugId || !slug(e.id()) ? e.id() : "";
    String role = e.attr("role");
    if (cls.isEmpty() && id.isEmpty() && role.isEmpty()) {
      return "";
    }
    return words(cls + " " + id + " " + role);
  }

  /**
   * The class names without the utility classes of CSS frameworks, which say how a block is laid
   * out, not what it is: names with a variant or an arbitrary value ({@code md:flex},
   * {@code w-[880px]}), {@code overflow-*}, the scroll margin and padding utilities
   * ({@code scroll-mt-20}, {@code scroll-m-28}: a heading or section that anchor links jump to, not
   * a scrolling widget), and {@code hidden} when a variant shows the block again at some screen
   * size ({@code hidden md:block}); also {@code field--label-hidden}, which hides a field's label,
   * not its content.
   */
  static String utilityFree(String cls) {
    if (cls.isEmpty() || cls.indexOf(':') < 0 && cls.indexOf('[') < 0 && !cls.contains("overflow")
        && !cls.contains("scroll-") && !cls.contains("label-")) {
      return cls;
    }
    boolean variant = false;
    for (String name : cls.split("\\s+")) {
      if (name.indexOf(':') > 0 && !name.endsWith(":hidden")) {
        variant = true;
        break;
      }
    }
    StringBuilder sb = new StringBuilder(cls.length());
    for (String name : cls.split("\\s+")) {
      if (name.indexOf(':') >= 0 || name.indexOf('[') >= 0 || name.startsWith("overflow") || variant && name.equals("hidden")
          || SCROLL_UTILITY.matcher(name).matches() || LABEL_HIDDEN.matcher(name).matches()) {
        continue;
      }
      sb.append(name).append(' ');
    }
    return sb.toString().strip();
  }

  /**
   * True when an id is a slug of the block's text rather than a name: anchor ids made from a
   * heading ({@code how-popular-are-meditation-and-mindfulness}) carry the words of the text
   * ("popular"), not of the page's furniture, so they never mark a block as furniture. A slug is
   * {@value #SLUG_WORDS} or more words joined by hyphens or underscores; ids naming furniture are
   * short ({@code related-posts}, {@code comments}).
   */
  static boolean slug(String id) {
    if (id.length() < 16) {
      return false;
    }
    int words = 1;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if ((c == '-' || c == '_') && i > 0 && id.charAt(i - 1) != '-' && id.charAt(i - 1) != '_') {
        words++;
      }
    }
    return words >= SLUG_WORDS;
  }

  /** The words of a class or id string, lower case, space separated. */
  static String words(String names) {
    if (names.length() > 300) {
      names = names.substring(0, 300);
    }
    StringBuilder sb = new StringBuilder(names.length() + 8);
    char prev = ' ';
    for (int i = 0; i < names.length(); i++) {
      char c = names.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.isUpperCase(c) && Character.isLowerCase(prev)) {
          sb.append(' ');
        }
        sb.append(Character.toLowerCase(c));
      } else if (Character.isDigit(c)) {
        sb.append(c);
      } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
        sb.append(' ');
      }
      prev = c;
    }
    return sb.toString();
  }

  private static boolean any(String words, Set<String> hints) {
    int start = 0;
    int n = words.length();
    while (start < n) {
      int end = words.indexOf(' ', start);
      if (end < 0) {
        end = n;
      }
      if (end > start && matches(words.substring(start, end), hints)) {
        return true;
      }
      start = end + 1;
    }
    return false;
  }

  private static boolean matches(String word, Set<String> hints) {
    if (hints.contains(word)) {
      return true;
    }
    if (NOT.contains(word)) {
      return false;
    }
    for (int len = 4; len < word.length(); len++) {
      if (hints.contains(word.substring(0, len))) {
        return true;
      }
    }
    return false;
  }
}
