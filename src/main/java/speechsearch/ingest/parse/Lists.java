package speechsearch.ingest.parse;

import java.util.List;
import speechsearch.ingest.parse.SpeechParser.Node;
import speechsearch.ingest.text.MarkerStyle;

/**
 * Where the units of a list end. A unit runs to the next unit of its list; the last unit of a list
 * runs to the end of its section, unless the list is one of short measures. When every other member
 * spans at most {@link #SHORT} paragraphs (一是… one paragraph each, or a heading line and its
 * paragraph), the last one spans no more than they do, and what follows it (a review of five years,
 * the problems, 我们将…) belongs to the section: its tail. A paragraph that turns to the audience
 * (同志们, 各位代表) ends the last unit of any list.
 */
final class Lists {
  /** The most paragraphs the members of a list of short measures span. */
  static final int SHORT = 2;

  private Lists() {}

  /**
   * Sets the end of every unit of {@code list} and below, which run no further than {@code limit},
   * and returns where the list ends: the start of what follows its last unit.
   */
  static int close(String body, List<Node> list, int limit) {
    return close(body, list, limit, true);
  }

  private static int close(String body, List<Node> list, int limit, boolean top) {
    for (int i = 0; i < list.size(); i++) {
      Node u = list.get(i);
      boolean last = i == list.size() - 1;
      int spanEnd = last ? limit : list.get(i + 1).start;
      // the closing turns to the audience after the speech's last unit, however deep it is
      int own = u.children.isEmpty() ? u.start : close(body, u.children, spanEnd, top && last);
      u.childrenEnd = own;
      u.end = last ? lastEnd(body, list, own, spanEnd, top) : spanEnd;
    }
    return list.get(list.size() - 1).end;
  }

  /**
   * Where the last unit of {@code list} ends, as far as the text up to {@code limit} tells: while a
   * tree is being built, whether a new list at {@code limit} comes after that unit has ended.
   */
  static int end(String body, List<Node> list, int limit) {
    Node u = list.get(list.size() - 1);
    int own = u.children.isEmpty() ? u.start : end(body, u.children, limit);
    return lastEnd(body, list, own, limit, false);
  }

  /** The end of a list's last unit, whose descendants end at {@code own}. */
  private static int lastEnd(String body, List<Node> list, int own, int limit, boolean top) {
    Node u = list.get(list.size() - 1);
    int k = shortSpan(body, list);
    int end = k > 0 ? Math.min(limit, Math.max(Paragraphs.after(body, u.start, k), own)) : limit;
    if (u.children.isEmpty() || top) {
      int from = Math.max(Paragraphs.after(body, u.start, 1), own);
      end = Math.min(end, Paragraphs.addressAt(body, from, limit));
    }
    return end;
  }

  /**
   * The paragraphs each member of the last list among {@code siblings} spans (1 for members inside
   * one paragraph), or 0 when that list is not one of short measures. The last list is the run of
   * siblings in the last one's style back to its first member: a section's children can be several
   * lists (一是…四是, then 1.…3. after a lead-in, or 一是… again). A list whose members have lists of
   * their own is not short. A list of one 一是 or 第一 measure is short: those enumerate inside running
   * text.
   */
  static int shortSpan(String body, List<Node> siblings) {
    int last = siblings.size() - 1;
    MarkerStyle style = siblings.get(last).style;
    int first = last;
    while (style != null
        && first > 0
        && siblings.get(first).ordinal > 1
        && siblings.get(first - 1).style == style) {
      first--;
    }
    if (first == last) return style == MarkerStyle.CN_SHI || style == MarkerStyle.CN_DI ? 1 : 0;
    int k = 1;
    for (int i = first; i < last; i++) {
      // a member with a list of its own is a section, not a short measure
      if (!siblings.get(i).children.isEmpty()) return 0;
      k = Math.max(k, Paragraphs.breaks(body, siblings.get(i).start, siblings.get(i + 1).start));
      if (k > SHORT) return 0;
    }
    return k;
  }
}
