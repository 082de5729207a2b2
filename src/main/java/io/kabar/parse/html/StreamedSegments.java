package io.kabar.parse.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Puts the segments of a streamed server-rendered page where its scripts would have put them.
 *
 * <p>React 18 streaming (Next.js app router and others) sends each suspended part of a page twice:
 * first a placeholder in place ({@code <!--$?--><template id="B:0"></template>fallback<!--/$-->} for
 * a Suspense boundary, {@code <template id="P:1"></template>} for a postponed segment), then, at the
 * end of the document, the real content in {@code <div hidden id="S:0">…</div>} with a small script
 * ({@code $RC("B:0","S:0")}, {@code $RS("S:1","P:1")}) that moves it in. A reader that does not run
 * scripts sees "Loading…" where the article is and the article itself hidden at the bottom, out of
 * order. This does what those scripts do, on the tree, without running anything:
 *
 * <ul>
 *   <li>{@code S:x} for {@code B:x}: the boundary from its {@code <!--$?-->} marker to the matching
 *       {@code <!--/$-->} (the template and the fallback) is replaced by the segment's children. When
 *       the page was saved without its comments, the template is replaced and a fallback right after
 *       it is dropped only if it is short text with no links or images ("Loading paragraph...").</li>
 *   <li>{@code S:x} for {@code P:x}: the template is replaced by the segment's children.</li>
 * </ul>
 *
 * <p>Only {@code hidden} elements whose id has the {@code S:} form are moved, and only onto an
 * existing {@code <template>} with the matching id; anything else is left alone. Linear in the size
 * of the page.
 */
final class StreamedSegments {
  /** Longest fallback text (chars) dropped when the page carries no boundary comments. */
  static final int MAX_UNMARKED_FALLBACK = 40;

  private StreamedSegments() {}

  /** Moves every streamed segment of {@code doc} into its place; returns how many were moved. */
  static int resolve(Document doc) {
    List<Element> segments = new ArrayList<>();
    Map<String, Element> templates = new HashMap<>();
    for (Element e : doc.getElementsByAttribute("id")) {
      String id = e.id();
      if (id.length() < 3 || id.charAt(1) != ':') {
        continue;
      }
      char kind = id.charAt(0);
      if (kind == 'S' && e.hasAttr("hidden")) {
        segments.add(e);
      } else if ((kind == 'B' || kind == 'P') && e.normalName().equals("template")) {
        templates.putIfAbsent(id, e);
      }
    }
    int moved = 0;
    for (Element segment : segments) {
      String suffix = segment.id().substring(2);
      Element boundary = templates.get("B:" + suffix);
      Element placeholder = templates.get("P:" + suffix);
      Element target = boundary != null ? boundary : placeholder;
      if (target == null || target.parent() == null || isInside(target, segment)) {
        continue;
      }
      segment.remove();
      if (target == boundary) {
        clearFallback(boundary);
      }
      List<Node> children = new ArrayList<>(segment.childNodes());
      for (Node child : children) {
        child.remove();
      }
      target.parent().insertChildren(target.siblingIndex(), children);
      target.remove();
      moved++;
    }
    return moved;
  }

  /** Removes the boundary's fallback after {@code template} (the template itself is the caller's to replace). */
  private static void clearFallback(Element template) {
    Node marker = template.previousSibling();
    if (marker instanceof Comment c && c.getData().equals("$?")) {
      Node node = template.nextSibling();
      int depth = 0;
      while (node != null) {
        if (node instanceof Comment end) {
          String data = end.getData();
          if (data.equals("/$")) {
            if (depth == 0) {
              break;
            }
            depth--;
          } else if (data.equals("$") || data.equals("$?") || data.equals("$!")) {
            depth++;
          }
        }
        Node next = node.nextSibling();
        node.remove();
        node = next;
      }
      c.setData("$");
      return;
    }
    Element fallback = template.nextElementSibling();
    Node next = template.nextSibling();
    while (next instanceof org.jsoup.nodes.TextNode t && t.isBlank()) {
      next = next.nextSibling();
    }
    if (fallback != null && next == fallback && shortPlainText(fallback)) {
      fallback.remove();
    }
  }

  private static boolean shortPlainText(Element e) {
    String text = e.text();
    return !text.isBlank() && text.length() <= MAX_UNMARKED_FALLBACK && e.selectFirst("a, img, picture, video") == null;
  }

  private static boolean isInside(Element node, Element ancestor) {
    for (Element p = node; p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }
}
