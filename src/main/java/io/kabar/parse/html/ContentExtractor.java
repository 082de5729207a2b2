package io.kabar.parse.html;

import io.kabar.parse.Mojibake;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the main content of an HTML page and returns it as plain paragraphs in reading order.
 *
 * <ol>
 *   <li>Furniture is removed: scripts, styles, forms controls, navigation, asides, footers, hidden
 *       elements, and elements whose class or id names mark them as comments, share bars, cookie
 *       notices, ads, related links and the like ({@link ClassHints}), unless they hold the
 *       page's {@code <article>} or {@code articleBody}, or over half of the page's text (a
 *       page-wide wrapper hidden until a script reveals it, or oddly named).</li>
 *   <li>Text statistics are computed bottom-up in one pass: text length, link-text length, commas,
 *       paragraph, list-item, image and input counts per element.</li>
 *   <li>Every paragraph-like block (p, pre, td, or an element with enough text of its own) scores
 *       its ancestors up to five levels up, more the closer, by length and commas; the candidate
 *       score is weighed by class names and by one minus link density. The best candidate is
 *       widened to an ancestor when its parent scores nearly as well, and joined by siblings that
 *       score well or read like prose.</li>
 *   <li>Inside the chosen blocks, sub-blocks that look like furniture (negative class names, link
 *       lists, form or image clusters, very short blocks) are dropped.</li>
 *   <li>Text is emitted one paragraph per block element (headings, list items, table rows, paragraphs,
 *       {@code <br>}-separated lines), whitespace-normalised; headings equal to the title are skipped.</li>
 * </ol>
 * If that yields under {@value #MIN_CHARS} characters, it is run again with fewer removals and the
 * longest result is kept. Every tree walk is iterative and every per-element step is bounded, so the
 * time is linear in the page size and deep nesting cannot overflow the stack.
 */
public final class ContentExtractor {
  static final int MIN_CHARS = 250;
  static final double WIDEN_QUALITY = 0.85;
  static final double WIDEN_QUALITY_BIG = 0.75;
  static final double WIDEN_BIG_GAIN = 2;
  static final double WIDEN_LINK_DENSITY = 0.3;
  static final double WIDEN_GAIN = 0.5;
  static final int TEASER_RUN = 3;
  static final int TEASER_MAX_TEXT = 600;
  static final double CLEAN_LINK_DENSITY = 0.33;
  static final double MAX_UNLIKELY_SHARE = 0.5;
  static final int ANCHOR_DEPTH = 8;
  static final double PROTECT_SHARE = 0.3;
  static final double ALTERNATIVE_SCORE = 0.75;
  static final double ALTERNATIVE_TEXT = 0.25;
  static final int EMBED_PROSE = 200;
  private static final Set<String> JUNK = Set.of("script", "style", "noscript", "template", "svg", "iframe", "button",
      "select", "textarea", "object", "embed", "canvas", "link", "meta", "nav", "aside", "footer", "figcaption",
      "dialog", "menu", "head", "math", "audio", "map", "label", "option");
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "h1", "h2", "h3",
      "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "tbody", "thead",
      "tfoot", "figure", "form", "fieldset", "address", "center", "hr", "br", "details", "summary", "caption", "body");
  private static final Set<String> FIELDLESS = Set.of("hidden", "checkbox");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  private static final Set<String> CONDITIONAL = Set.of("div", "section", "ul", "ol", "dl", "table", "form", "fieldset",
      "header", "span", "p", "figure", "blockquote");


  /** Per-element statistics. */
  private static final class Stats {
    int text;
    int ownText;
    int link;
    int commas;
    int paragraphs;
    int items;
    int images;
    int inputs;
    int embeds;
    int prose;
    double score;
    boolean scored;
  }

  /** Which removals a run makes. */
  private record Flags(boolean stripUnlikely, boolean weighClasses, boolean cleanConditionally) {}

  private static final Flags[] PASSES = {new Flags(true, true, true), new Flags(false, true, true),
      new Flags(false, false, true), new Flags(false, false, false)};

  /** Where a development trace of the decisions goes; null (no trace) in production. */
  private final java.util.function.Consumer<String> trace;

  private ContentExtractor(java.util.function.Consumer<String> trace) {
    this.trace = trace;
  }

  private static String describe(Element e, Map<Element, Stats> stats) {
    StringBuilder sb = new StringBuilder();
    for (Element p = e; p != null && sb.length() < 400; p = p.parent()) {
      sb.insert(0, " > " + p.normalName() + (p.id().isEmpty() ? "" : "#" + p.id())
          + (p.className().isEmpty() ? "" : "." + p.className().strip().replace(' ', '.')));
    }
    Stats s = stats.get(e);
    return sb + (s == null ? "" : String.format(" score=%.1f text=%d link=%d", s.score, s.text, s.link));
  }

  /**
   * The main-content paragraphs of a page.
   *
   * @param parse       parses the page afresh (each pass mutates its own tree)
   * @param titleTexts  heading texts to skip (the title as shown)
   * @param maxPasses   how many passes may be made (1 to 4); each later pass parses again
   */
  public static List<String> extract(java.util.function.Supplier<Document> parse, Set<String> titleTexts, int maxPasses) {
    return extract(parse, titleTexts, maxPasses, null);
  }

  /**
   * As {@link #extract(java.util.function.Supplier, Set, int)}, telling {@code trace} (when not null)
   * which blocks were chosen on each pass: a development aid, local to this call.
   */
  public static List<String> extract(java.util.function.Supplier<Document> parse, Set<String> titleTexts, int maxPasses,
      java.util.function.Consumer<String> trace) {
    ContentExtractor extractor = new ContentExtractor(trace);
    List<String> best = List.of();
    int bestChars = -1;
    for (int i = 0; i < PASSES.length && i < maxPasses; i++) {
      Document doc = parse.get();
      List<String> out = extractor.run(doc, PASSES[i], titleTexts);
      int chars = 0;
      for (String p : out) {
        chars += p.length();
      }
      if (chars >= MIN_CHARS) {
        return out;
      }
      if (chars > bestChars) {
        best = out;
        bestChars = chars;
      }
    }
    return best;
  }

  private List<String> run(Document doc, Flags flags, Set<String> titleTexts) {
    Element body = doc.body();
    if (body == null) {
      return List.of();
    }
    StreamedSegments.resolve(doc);
    Map<Element, Stats> before = new IdentityHashMap<>();
    computeStats(body, before);
    // Only the larger article-like elements protect their ancestors: comments and teaser cards are
    // often <article>s too, and would otherwise shield the comment section holding them.
    List<Element> marks = doc.select("article, [itemprop=articleBody], [itemprop=articlebody], main, [role=main]");
    int maxText = 0;
    for (Element a : marks) {
      Stats s = before.get(a);
      maxText = Math.max(maxText, s == null ? 0 : s.text);
    }
    Set<Element> protectedSet = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Element> anchors = Collections.newSetFromMap(new IdentityHashMap<>());
    int marked = 0;
    for (Element a : marks) {
      Stats s = before.get(a);
      if (s == null || s.text < maxText * PROTECT_SHARE) {
        continue;
      }
      if (!a.normalName().equals("main") && !a.attr("role").equals("main")) {
        anchors.add(a);
      }
      for (Element p = a; p != null && !protectedSet.contains(p); p = p.parent()) {
        protectedSet.add(p);
      }
      if (++marked > 20) {
        break;
      }
    }
    prune(body, flags, protectedSet, anchors, before);
    Map<Element, Stats> stats = new IdentityHashMap<>();
    computeStats(body, stats);
    Element top = pickTop(body, stats, flags);
    List<Element> parts = gather(top, stats, flags);
    if (trace != null) {
      trace.accept("pass " + flags + " top" + describe(top, stats));
      for (Element part : parts) {
        trace.accept("  part" + describe(part, stats));
      }
    }
    List<String> out = new ArrayList<>();
    Set<String> skip = new java.util.HashSet<>();
    for (String t : titleTexts) {
      skip.add(Metadata.key(t));
    }
    for (Element part : parts) {
      if (flags.cleanConditionally()) {
        cleanConditionally(part, stats, flags);
      }
      emit(part, out, skip);
    }
    return out;
  }

  /** Decides per element whether to remove it (true) in one walk, then removes; removed subtrees are not visited. */
  private static void removeWhere(Element root, java.util.function.Predicate<Element> remove) {
    for (Node n : doomedWhere(root, remove)) {
      n.remove();
    }
  }

  /** The nodes {@link #removeWhere} would remove: comments, data nodes and the outermost elements {@code remove} accepts. */
  private static List<Node> doomedWhere(Element root, java.util.function.Predicate<Element> remove) {
    List<Node> doomed = new ArrayList<>();
    Node[] skipping = {null};
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (skipping[0] != null) {
          return;
        }
        if (node instanceof org.jsoup.nodes.Comment || node instanceof org.jsoup.nodes.DataNode) {
          doomed.add(node);
        } else if (node instanceof Element e && e != root && remove.test(e)) {
          doomed.add(e);
          skipping[0] = e;
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node == skipping[0]) {
          skipping[0] = null;
        }
      }
    }, root);
    return doomed;
  }

  /** Removes furniture in one iterative walk. */
  private static void prune(Element body, Flags flags, Set<Element> protectedSet, Set<Element> anchors,
      Map<Element, Stats> before) {
    Stats all = before.get(body);
    int pageText = all == null ? 0 : all.text;
    removeWhere(body, e -> {
      if (protectedSet.contains(e)) {
        return false;
      }
      String tag = e.normalName();
      if (JUNK.contains(tag)) {
        return true;
      }
      if (!hidden(e) && (!flags.stripUnlikely() || tag.equals("a") || !ClassHints.unlikely(e))) {
        return false;
      }
      if (!hidden(e) && ClassHints.unlessProse(e)) {
        Stats u = before.get(e);
        if (u != null && u.prose >= EMBED_PROSE && linkDensity(u) < 0.3) {
          return false;
        }
      }
      // A wrapper of most of the page is no piece of furniture, whatever its class says, and is
      // hidden only until a script reveals it.
      Stats s = before.get(e);
      if (s == null || s.text <= pageText * MAX_UNLIKELY_SHARE) {
        // Nor is the block holding most of the text of the page's article element.
        Element anchor = e.parent();
        for (int i = 0; anchor != null && i < ANCHOR_DEPTH && !anchors.contains(anchor); i++) {
          anchor = anchor.parent();
        }
        Stats as = anchor == null || !anchors.contains(anchor) ? null : before.get(anchor);
        if (s == null || as == null) {
          return true;
        }
        // Inside the article, hidden paragraphs of link-free prose (not named as furniture) are
        // the paywalled body, shown once a script has checked the reader.
        boolean paywalled = hidden(e) && s.paragraphs >= 1 && s.text >= 100 && s.prose >= s.text * 0.7
            && linkDensity(s) < 0.1 && !ClassHints.unlikely(e);
        return s.text <= as.text * MAX_UNLIKELY_SHARE && !paywalled;
      }
      return false;
    });
  }

  private static boolean hidden(Element e) {
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && !e.normalName().equals("p")) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  private static void computeStats(Element root, Map<Element, Stats> stats) {
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          stats.put(e, new Stats());
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof TextNode t) {
          Node parent = t.parentNode();
          Stats s = parent instanceof Element pe ? stats.get(pe) : null;
          if (s != null) {
            String text = t.getWholeText();
            int chars = 0;
            int commas = 0;
            for (int i = 0; i < text.length(); i++) {
              char c = text.charAt(i);
              if (!Character.isWhitespace(c) && c != '\u00a0') {
                chars++;
                if (c == ',' || c == '،' || c == '，' || c == '、') {
                  commas++;
                }
              }
            }
            s.text += chars;
            s.ownText += chars;
            s.commas += commas;
          }
        } else if (node instanceof Element e) {
          Stats s = stats.get(e);
          String tag = e.normalName();
          switch (tag) {
            case "a" -> s.link = s.text;
            case "p" -> s.paragraphs++;
            case "li" -> s.items++;
            case "img", "picture" -> s.images++;
            // Check boxes are as often a printed checklist's as a form's: only fields count.
            case "input" -> s.inputs += FIELDLESS.contains(e.attr("type").toLowerCase(Locale.ROOT)) ? 0 : 1;
            case "iframe", "embed", "object", "video" -> s.embeds++;
            default -> { }
          }
          if (tag.equals("p") || tag.equals("pre") || tag.equals("blockquote")) {
            s.prose = s.text >= 25 && s.link * 10 < s.text * 3 ? s.text : 0;
          } else if (s.ownText >= 25 && !tag.equals("a") && !tag.equals("li") && !HEADINGS.contains(tag)) {
            s.prose += s.ownText;
          }
          Element parent = e.parent();
          Stats p = parent == null ? null : stats.get(parent);
          if (p != null) {
            p.text += s.text;
            p.link += s.link;
            p.commas += s.commas;
            p.paragraphs += s.paragraphs;
            p.items += s.items;
            p.images += s.images;
            p.inputs += s.inputs;
            p.embeds += s.embeds;
            p.prose += s.prose;
            if (BLOCKS.contains(tag) == false && !tag.equals("a")) {
              p.ownText += s.ownText;
            }
          }
        }
      }
    }, root);
  }

  private static double linkDensity(Stats s) {
    return s.text == 0 ? 0 : Math.min(1.0, (double) s.link / s.text);
  }

  private static double initial(Element e, Flags flags) {
    double score = switch (e.normalName()) {
      case "div", "article", "main" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    if (flags.weighClasses()) {
      score += ClassHints.weight(e);
      String itemprop = e.attr("itemprop");
      if (itemprop.equalsIgnoreCase("articleBody")) {
        score += 25;
      }
    }
    return score;
  }

  private Element pickTop(Element body, Map<Element, Stats> stats, Flags flags) {
    List<Element> candidates = new ArrayList<>();
    // Document order, so that ties between candidates are broken the same way on every run.
    for (Element e : body.getAllElements()) {
      Stats s = stats.get(e);
      if (s == null) {
        continue;
      }
      String tag = e.normalName();
      boolean longItem = tag.equals("li") && s.text >= 80 && linkDensity(s) < 0.3;
      boolean unit = tag.equals("p") || tag.equals("pre") || tag.equals("td") || longItem
          || !tag.equals("a") && !tag.equals("li") && s.ownText >= 25 && !HEADINGS.contains(tag);
      int len = tag.equals("p") || tag.equals("pre") || tag.equals("td") || longItem ? s.text : s.ownText;
      if (!unit || len < 25) {
        continue;
      }
      double score = 1 + Math.min(s.commas, 20) + Math.min(len / 100.0, 3);
      if (tag.equals("p") || tag.equals("pre")) {
        score *= 1 - linkDensity(s) * 0.5;
      }
      Element anc = e.parent();
      for (int level = 0; anc != null && level < 5; level++, anc = anc.parent()) {
        Stats a = stats.get(anc);
        if (a == null) {
          break;
        }
        if (!a.scored) {
          a.scored = true;
          a.score = initial(anc, flags);
          candidates.add(anc);
        }
        a.score += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
      }
    }
    Element top = null;
    double topScore = Double.NEGATIVE_INFINITY;
    for (Element c : candidates) {
      Stats s = stats.get(c);
      s.score *= 1 - linkDensity(s);
      if (s.score > topScore) {
        topScore = s.score;
        top = c;
      }
    }
    if (top == null) {
      return body;
    }
    if (trace != null) {
      trace.accept("  best" + describe(top, stats));
    }
    // Several near-best candidates under one ancestor: the ancestor is the article. Only blocks of
    // at least a quarter of the best one's text count: teasers of other stories under a "more
    // news" heading score nearly as well (their class names weigh as much as the text) but are
    // much shorter than the story, and must not pull the choice up to the whole page.
    List<Element> alternatives = new ArrayList<>();
    int topText = stats.get(top).text;
    for (Element c : candidates) {
      if (c != top && stats.get(c).score >= topScore * ALTERNATIVE_SCORE && stats.get(c).text >= topText * ALTERNATIVE_TEXT) {
        if (trace != null) {
          trace.accept("  alternative" + describe(c, stats));
        }
        alternatives.add(c);
        if (alternatives.size() >= 5) {
          break;
        }
      }
    }
    if (alternatives.size() >= 3) {
      Element parent = top.parent();
      for (int depth = 0; parent != null && parent != body && depth < 20; depth++, parent = parent.parent()) {
        int containing = 0;
        for (Element alt : alternatives) {
          if (isAncestor(parent, alt, 30)) {
            containing++;
          }
        }
        if (containing >= 3 && stats.get(parent) != null) { // (a parent without stats cannot be scored: fuzzing)
          if (trace != null) {
            trace.accept("  alternatives under" + describe(parent, stats));
          }
          top = parent;
          break;
        }
      }
    }
    double lastScore = stats.get(top).score;
    double threshold = lastScore / 3;
    Element parent = top.parent();
    for (int depth = 0; parent != null && parent != body && depth < 50; depth++, parent = parent.parent()) {
      Stats ps = stats.get(parent);
      if (ps == null || !ps.scored) {
        continue;
      }
      if (ps.score < threshold) {
        break;
      }
      if (ps.score > lastScore) {
        if (trace != null) {
          trace.accept("  higher-scoring ancestor" + describe(parent, stats));
        }
        top = parent;
        break;
      }
      lastScore = ps.score;
    }
    top = widen(top, body, stats);
    for (int depth = 0; top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1
        && depth < 1000; depth++) {
      top = top.parent();
    }
    return top;
  }

  /**
   * Moves up from the chosen block while an ancestor holds more prose (paragraph text with few
   * links) at nearly the same prose share and low link density: an article split into sections.
   */
  private Element widen(Element top, Element body, Map<Element, Stats> stats) {
    Stats t = stats.get(top);
    if (t == null || t.text == 0) {
      return top;
    }
    double quality = (double) t.prose / t.text;
    Element current = top;
    Stats cs = t;
    Element best = top;
    for (int depth = 0; depth < 12; depth++) {
      Element parent = current.parent();
      Stats ps = parent == null ? null : stats.get(parent);
      if (ps == null || parent == body || parent.normalName().equals("html")) {
        break;
      }
      double q = ps.text == 0 ? 0 : (double) ps.prose / ps.text;
      // A parent holding several times the prose may be a little less pure (the article's other
      // sections), unless the block left behind is the page's <article> itself.
      boolean big = ps.prose >= WIDEN_BIG_GAIN * cs.prose && !current.normalName().equals("article");
      double minQuality = quality * (big ? WIDEN_QUALITY_BIG : WIDEN_QUALITY);
      if (q < minQuality || linkDensity(ps) >= WIDEN_LINK_DENSITY) {
        break;
      }
      int gainNeeded = cs.prose + (int) (WIDEN_GAIN * stats.get(best).prose);
      if (ps.prose >= gainNeeded && !teasersOnly(parent, current, cs, ps, gainNeeded, stats)) {
        if (trace != null) {
          trace.accept(String.format("  widen to %s prose=%d q=%.2f", parent.normalName() + "." + parent.className(), ps.prose, q));
        }
        best = parent;
      }
      current = parent;
      cs = ps;
    }
    return best;
  }

  /**
   * The prose a parent adds is the blurbs of teaser cards next to a longer text: without them the
   * gain would be too small. A listing holding more prose than the block it sits next to is the
   * content (a course index, a product list), not teasers, and still widens.
   */
  private static boolean teasersOnly(Element parent, Element current, Stats cs, Stats ps, int gainNeeded,
      Map<Element, Stats> stats) {
    int teasers = teaserProse(parent, current, stats);
    return teasers > 0 && teasers < cs.prose && ps.prose - teasers < gainNeeded;
  }

  /**
   * Prose of {@code parent} outside {@code keep} that sits in teaser cards: short blocks holding a
   * link, each one of at least {@value #TEASER_RUN} alike siblings (same tag and class). Widening
   * to a parent for the blurbs of a "latest posts" grid next to the article gains no article text.
   */
  private static int teaserProse(Element parent, Element keep, Map<Element, Stats> stats) {
    int[] sum = {0};
    for (Element child : parent.children()) {
      if (child == keep) {
        continue;
      }
      NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
        @Override
        public FilterResult head(Node node, int depth) {
          if (!(node instanceof Element e)) {
            return FilterResult.SKIP_ENTIRELY;
          }
          Stats s = stats.get(e);
          if (s == null || s.prose == 0) {
            return FilterResult.SKIP_ENTIRELY;
          }
          if (s.text <= TEASER_MAX_TEXT && alikeSiblings(e) >= TEASER_RUN && e.selectFirst("a[href]") != null) {
            sum[0] += s.prose;
            return FilterResult.SKIP_ENTIRELY;
          }
          return FilterResult.CONTINUE;
        }
      }, child);
    }
    return sum[0];
  }

  private static int alikeSiblings(Element e) {
    Element p = e.parent();
    if (p == null || p.childrenSize() < TEASER_RUN) {
      return 0;
    }
    String tag = e.normalName();
    String cls = e.className();
    int n = 0;
    for (Element sib : p.children()) {
      if (sib.normalName().equals(tag) && sib.className().equals(cls)) {
        n++;
      }
    }
    return n;
  }

  private static boolean isAncestor(Element anc, Element e, int maxDepth) {
    Element p = e;
    for (int i = 0; p != null && i < maxDepth; i++, p = p.parent()) {
      if (p == anc) {
        return true;
      }
    }
    return false;
  }

  private static List<Element> gather(Element top, Map<Element, Stats> stats, Flags flags) {
    Element parent = top.parent();
    if (parent == null || top.normalName().equals("body")) {
      return List.of(top);
    }
    Stats ts = stats.get(top);
    double topScore = ts.score;
    double threshold = Math.max(10, topScore * 0.2);
    String cls = top.className();
    List<Element> out = new ArrayList<>();
    for (Element sib : parent.children()) {
      if (sib == top) {
        out.add(sib);
        continue;
      }
      Stats s = stats.get(sib);
      if (s == null) {
        continue;
      }
      double bonus = !cls.isEmpty() && cls.equals(sib.className()) ? topScore * 0.2 : 0;
      if (s.scored && s.score + bonus >= threshold
          && !(bonus == 0 && s.prose > 0 && s.prose < ts.prose && teaserProse(sib, null, stats) * 2 >= s.prose)) {
        out.add(sib);
        continue;
      }
      String tag = sib.normalName();
      if (tag.equals("p") || tag.equals("blockquote") || tag.equals("pre")) {
        double ld = linkDensity(s);
        String text = sib.text();
        if (s.text > 80 && ld < 0.25 || s.text > 0 && s.text <= 80 && ld == 0 && text.matches("(?s).*[.!?][\"”’)]?$")) {
          out.add(sib);
        }
      }
    }
    return out;
  }

  /** Drops sub-blocks of a chosen block that look like furniture. */
  private void cleanConditionally(Element root, Map<Element, Stats> stats, Flags flags) {
    Stats rootStats = stats.get(root);
    int rootText = rootStats == null ? 0 : rootStats.text;
    List<Node> doomed = doomedWhere(root, e -> furniture(e, stats, flags, rootText));
    // Cards of a listing that is the content look like furniture one by one (a title link and a
    // short blurb each); when a run of them would take most of a link-poor block, they stay.
    String cards = repeatedCards(doomed, stats, rootStats);
    for (Node n : doomed) {
      if (cards != null && n instanceof Element e && cards.equals(e.tagName() + "." + e.className())) {
        continue;
      }
      if (trace != null && n instanceof Element e) {
        Stats s = stats.get(e);
        trace.accept("  clean " + e.normalName() + "." + e.className() + " text=" + s.text + " link=" + s.link
            + " | " + abbreviate(e.text()));
      }
      n.remove();
    }
  }

  /**
   * The tag and class of a run of at least three doomed blocks alike that together hold over half
   * the text of a link-poor chosen block: cards of a listing that is the content (the items only
   * look like furniture one by one), or null.
   */
  private static String repeatedCards(List<Node> doomed, Map<Element, Stats> stats, Stats rootStats) {
    if (rootStats == null || rootStats.text < 1000 || linkDensity(rootStats) >= 0.35) {
      return null;
    }
    Map<String, int[]> groups = new java.util.HashMap<>();
    for (Node n : doomed) {
      if (n instanceof Element e && !e.className().isEmpty()) {
        Stats s = stats.get(e);
        int[] g = groups.computeIfAbsent(e.tagName() + "." + e.className(), k -> new int[2]);
        g[0]++;
        g[1] += s == null ? 0 : s.text;
      }
    }
    for (Map.Entry<String, int[]> g : groups.entrySet()) {
      if (g.getValue()[0] >= 3 && g.getValue()[1] > rootStats.text * 0.5) {
        return g.getKey();
      }
    }
    return null;
  }

  private static String abbreviate(String text) {
    return text.length() > 100 ? text.substring(0, 100) : text;
  }

  /** True when a sub-block of a chosen block looks like furniture. */
  private static boolean furniture(Element e, Map<Element, Stats> stats, Flags flags, int rootText) {
    {
      Stats s = stats.get(e);
      if (s == null) {
        return false;
      }
      String tag = e.normalName();
      if (!CONDITIONAL.contains(tag) && !HEADINGS.contains(tag)) {
        return false;
      }
      boolean large = s.text > rootText * 0.5;
      int weight = flags.weighClasses() ? ClassHints.weight(e) : 0;
      if (weight < 0 && !large) {
        return true;
      }
      if ((tag.equals("form") || tag.equals("header") && s.paragraphs <= 1 && !headingOnly(e, s)
          || tag.equals("figure") && e.selectFirst("table, blockquote, p") == null) && !large) {
        return true;
      }
      if (HEADINGS.contains(tag) || tag.equals("span") || tag.equals("p") || tag.equals("blockquote")) {
        if (!HEADINGS.contains(tag) && s.text > 0 && s.text < 200 && linkDensity(s) > 0.6 && !tag.equals("blockquote")) {
          return true;
        }
        return false;
      }
      if (s.commas >= 10 || large) {
        return false;
      }
      double ld = linkDensity(s);
      boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
      int p = s.paragraphs;
      if (s.images > 1 && p < s.images / 2.0 && s.text < 200) {
        return true;
      }
      if (!list && s.items > p + 3 && ld > 0.3) {
        return true;
      }
      if (s.inputs > p / 3 && s.inputs > 0) {
        return true;
      }
      if (s.text < 25 && s.images == 0 && !list && s.items == 0 && !tag.equals("table")) {
        return s.text == 0;
      }
      // A list introduced by a paragraph or heading of the text is part of it, links or not (a
      // checklist of products); link lists standing alone are furniture.
      if (list && weight == 0 && introduced(e)) {
        return false;
      }
      if (weight < 25 && ld > CLEAN_LINK_DENSITY || weight >= 25 && ld > 0.5) {
        return true;
      }
      if (s.embeds > 1 || s.embeds == 1 && s.text < 75) {
        return true;
      }
      return false;
    }
  }

  /** True when all the text of a header is one h2-h6 heading (a section heading of the text). */
  private static boolean headingOnly(Element header, Stats s) {
    Element h = header.selectFirst("h2, h3, h4, h5, h6");
    return h != null && s.text > 0 && h.text().replace(" ", "").length() >= s.text * 0.9 && linkDensity(s) == 0;
  }

  /** True when the element follows a paragraph or heading with text of its own (no link). */
  private static boolean introduced(Element e) {
    Element prev = e.previousElementSibling();
    if (prev == null) {
      return false;
    }
    String tag = prev.normalName();
    if (!tag.equals("p") && !HEADINGS.contains(tag)) {
      return false;
    }
    String own = prev.text();
    return own.length() >= 10 && prev.selectFirst("a") == null;
  }

  /** Writes the text of {@code root}, one paragraph per block element. */
  private static void emit(Element root, List<String> out, Set<String> skip) {
    StringBuilder buf = new StringBuilder();
    boolean[] heading = {false};
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          buf.append(t.getWholeText());
        } else if (node instanceof Element e) {
          String tag = e.normalName();
          if (BLOCKS.contains(tag)) {
            flush(buf, out, skip, heading[0]);
            heading[0] = HEADINGS.contains(tag);
          } else if (tag.equals("td") || tag.equals("th")) {
            buf.append(' ');
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          String tag = e.normalName();
          if (BLOCKS.contains(tag)) {
            flush(buf, out, skip, heading[0]);
            heading[0] = false;
          } else if (tag.equals("td") || tag.equals("th")) {
            buf.append(" |");
          }
        }
      }
    }, root);
    flush(buf, out, skip, heading[0]);
  }

  private static void flush(StringBuilder buf, List<String> out, Set<String> skip, boolean heading) {
    if (buf.length() == 0) {
      return;
    }
    // entity-encoded mojibake (&acirc;&euro;&trade;) only shows once the markup is parsed
    String text = normalize(Mojibake.repair(buf.toString()));
    buf.setLength(0);
    while (text.endsWith("|")) {
      text = text.substring(0, text.length() - 1).strip();
    }
    if (text.isEmpty() || text.chars().noneMatch(Character::isLetterOrDigit)) {
      return;
    }
    if (heading && skip.contains(Metadata.key(text))) {
      return;
    }
    out.add(text);
  }

  private static String normalize(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
