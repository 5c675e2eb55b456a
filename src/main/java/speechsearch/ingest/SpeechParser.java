package speechsearch.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses a cleaned body into a tree of enumerated units. Markers count at the start of a paragraph
 * or of a sentence ("一是…；二是…" inside one paragraph). Nesting follows the order in which marker
 * styles appear: a style not yet open nests under the current unit; a style already open closes
 * everything opened after it. A marker must continue its sequence (一 after nothing, 二 after 一 …),
 * which keeps numbers inside sentences and stray page numbers out of the tree.
 */
public final class SpeechParser {

  /** The lists a heading without a marker closed, and where that heading is. */
  private record Suspension(int at, List<Node> frames) {}

  /** A unit before ids, paths and topics are assigned. */
  public static final class Node {
    final String marker;
    final MarkerStyle style;
    final int ordinal;
    final int start;
    String heading;
    String text;
    final List<Node> children = new ArrayList<>();

    Node(Markers.Found m, int start) {
      this.marker = m.text();
      this.style = m.style();
      this.ordinal = m.ordinal();
      this.start = start;
    }

    public String marker() {
      return marker;
    }

    public int ordinal() {
      return ordinal;
    }

    public String heading() {
      return heading;
    }

    public String text() {
      return text;
    }

    public List<Node> children() {
      return children;
    }
  }

  /** The parsed body: text before the first unit, the units, and the closing remarks. */
  public record Body(String preamble, List<Node> units, String closing) {}

  private static final int MAX_HEADING = 80;
  private static final int MAX_DEPTH = 8;

  /** Whether a line begins with something that reads as an enumerator. */
  static boolean startsWithMarker(String line) {
    return Markers.at(line, 0) != null;
  }

  public Body parse(String body) {
    Set<Integer> insideLists = new HashSet<>();
    List<Node> roots = tree(body, Set.of(), insideLists);
    // a heading that a list continued across was a sub-heading inside that list: parse again
    // treating it as text, so lists after it nest where they belong
    for (int pass = 0; pass < 3; pass++) {
      Set<Integer> more = new HashSet<>();
      List<Node> again = tree(body, Set.copyOf(insideLists), more);
      if (insideLists.isEmpty()) break;
      roots = again;
      if (!insideLists.addAll(more)) break;
    }
    int n = body.length();
    List<Node> all = new ArrayList<>();
    flatten(roots, all);
    String preamble = all.isEmpty() ? body.strip() : body.substring(0, all.get(0).start).strip();
    String closing = "";
    for (int i = 0; i < all.size(); i++) {
      Node u = all.get(i);
      int end = i + 1 < all.size() ? all.get(i + 1).start : n;
      if (i + 1 == all.size()) {
        int c = closingStart(body, u.start, n);
        if (c < n) {
          closing = body.substring(c).strip();
          end = c;
        }
      }
      u.text = body.substring(u.start, end).strip();
      u.heading = heading(body, u.start + u.marker.length() + spacesAfterMarker(body, u), end);
    }
    return new Body(preamble, roots, closing);
  }

  private static int spacesAfterMarker(String body, Node u) {
    // the marker text was compacted ("( 一 )" → "(一)"): skip to the first character after it
    int p = u.start;
    int seen = 0;
    while (p < body.length() && seen < u.marker.length()) {
      if (!Character.isWhitespace(body.charAt(p))) seen++;
      p++;
    }
    return p - u.start - u.marker.length();
  }

  /**
   * Builds the unit tree. {@code ignored} headings without markers are read as text; the positions
   * of headings that a list continued across are added to {@code continuedAcross}.
   */
  private static List<Node> tree(String body, Set<Integer> ignored, Set<Integer> continuedAcross) {
    List<Node> roots = new ArrayList<>();
    // open[i] is the unit open at depth i; its style is the style of depth i
    List<Node> open = new ArrayList<>();
    // lists closed by each heading without a marker, latest last
    List<Suspension> suspensions = new ArrayList<>();
    int n = body.length();
    for (int pos = 0; pos < n; pos++) {
      if ((pos == 0 || body.charAt(pos - 1) == '\n')
          && !open.isEmpty()
          && !ignored.contains(pos)
          && isUnmarkedHeading(body, pos)) {
        // "2026年重点工作": a heading without a marker starts a new part. New lists start at the
        // top under it; a marker that continues a list from before the heading reopens that list.
        suspensions.add(new Suspension(pos, new ArrayList<>(open)));
        open.clear();
      }
      // most characters cannot start a marker: test that before looking behind them
      if (!Markers.mayStartMarker(body.charAt(pos))) continue;
      boolean sentenceStart = isMarkerPosition(body, pos);
      if (!sentenceStart && !afterComma(body, pos)) continue;
      Markers.Found m = Markers.at(body, pos);
      if (m == null) continue;
      // "这是因为，第一，…" and "为了…，一要…": these two styles also enumerate after a comma
      if (!sentenceStart && m.style() != MarkerStyle.CN_DI && m.style() != MarkerStyle.CN_SHI) {
        continue;
      }
      int depth = depthOf(open, m.style());
      if (depth < 0) {
        for (int k = suspensions.size() - 1; k >= 0; k--) {
          List<Node> frames = suspensions.get(k).frames();
          int was = depthOf(frames, m.style());
          if (was < 0 || m.ordinal() != frames.get(was).ordinal + 1) continue;
          // the list goes on: every heading since it was closed sat inside it
          for (Suspension later : suspensions.subList(k, suspensions.size()))
            continuedAcross.add(later.at());
          if (open.isEmpty() && k == suspensions.size() - 1) {
            open.addAll(frames.subList(0, was + 1));
            depth = was;
          }
          suspensions.subList(k, suspensions.size()).clear();
          break;
        }
      }
      Node node;
      if (depth >= 0) {
        Node previous = open.get(depth);
        if (m.ordinal() != previous.ordinal + 1) continue;
        node = new Node(m, pos);
        truncate(open, depth);
        attach(roots, open, node);
      } else {
        if (m.ordinal() != 1 || open.size() >= MAX_DEPTH) continue;
        // 一、 never sits under (一), 1、, (1) or ①, nor (一) under the last three: those lists
        // were inside the text before it (a preamble's "(一)…；(二)…")
        while (!open.isEmpty() && conventionallyAbove(m.style(), open.get(open.size() - 1).style)) {
          open.remove(open.size() - 1);
        }
        node = new Node(m, pos);
        attach(roots, open, node);
      }
      open.add(node);
      pos = m.end() - 1;
    }
    return roots;
  }

  private static boolean conventionallyAbove(MarkerStyle a, MarkerStyle b) {
    int ra = rank(a);
    return (a == MarkerStyle.CN_DUN || a == MarkerStyle.CN_PAREN) && rank(b) > ra;
  }

  /** The usual order of Chinese official writing; 一是 and 第一 have no fixed place. */
  private static int rank(MarkerStyle s) {
    return switch (s) {
      case CN_DUN -> 0;
      case CN_PAREN -> 1;
      case AR_DUN -> 2;
      case AR_PAREN -> 3;
      case CIRCLED -> 4;
      case CN_SHI, CN_DI -> -1;
    };
  }

  private static void attach(List<Node> roots, List<Node> open, Node node) {
    if (open.isEmpty()) roots.add(node);
    else open.get(open.size() - 1).children.add(node);
  }

  private static void truncate(List<Node> open, int depth) {
    while (open.size() > depth) open.remove(open.size() - 1);
  }

  private static int depthOf(List<Node> open, MarkerStyle style) {
    for (int i = 0; i < open.size(); i++) if (open.get(i).style == style) return i;
    return -1;
  }

  private static void flatten(List<Node> nodes, List<Node> out) {
    for (Node u : nodes) {
      out.add(u);
      flatten(u.children, out);
    }
  }

  /** Paragraph start, or the start of a sentence: after 。；！？： and an optional closing quote. */
  private static boolean isMarkerPosition(String s, int pos) {
    if (pos == 0 || s.charAt(pos - 1) == '\n') return true;
    // space repair keeps a space only where a paragraph ended in front of an enumerator
    if (s.charAt(pos - 1) == ' ') return true;
    int p = pos - 1;
    char c = s.charAt(p);
    if (c == '”' || c == '"' || c == '’') {
      if (p == 0) return false;
      c = s.charAt(p - 1);
    }
    return CharNormalizer.isSentenceEnd(c) || CharNormalizer.isColon(c);
  }

  /** A short line of its own, no sentence punctuation, no marker, followed by more text. */
  static boolean isUnmarkedHeading(String body, int lineStart) {
    int end = body.indexOf('\n', lineStart);
    if (end < 0 || end - lineStart < 6 || end - lineStart > 30) return false;
    int han = 0;
    int numerals = 0;
    for (int i = lineStart; i < end; i++) {
      char c = body.charAt(i);
      if (CharNormalizer.isSentenceEnd(c)
          || CharNormalizer.isColon(c)
          || CharNormalizer.isComma(c)
          || c == '、') {
        return false;
      }
      if (CharNormalizer.isCjk(c)) han++;
      if ("零〇一二三四五六七八九十百千万亿".indexOf(c) >= 0) numerals++;
    }
    // "亿九十一" is a number split off a table, not a heading
    return han >= 4 && numerals * 2 < han && Markers.at(body, lineStart) == null;
  }

  private static boolean afterComma(String s, int pos) {
    return pos > 0 && CharNormalizer.isComma(s.charAt(pos - 1));
  }

  /** Closing remarks: a last paragraph of the last unit that turns to the audience. */
  private static int closingStart(String body, int from, int end) {
    int p = body.indexOf('\n', from);
    while (p >= 0 && p < end) {
      String rest = body.substring(p + 1, Math.min(end, p + 12));
      if (rest.startsWith("同志们") || rest.startsWith("各位代表") || rest.startsWith("谢谢")) {
        return p + 1;
      }
      p = body.indexOf('\n', p + 1);
    }
    return end;
  }

  /** Text after the marker up to the end of its first sentence or line. */
  private static String heading(String body, int from, int end) {
    int stop = Math.min(end, body.length());
    for (int i = from; i < stop; i++) {
      char c = body.charAt(i);
      if (CharNormalizer.isSentenceEnd(c)
          || c == '\n'
          || (CharNormalizer.isColon(c) && i - from > 2)) {
        stop = i;
        break;
      }
    }
    String h = body.substring(Math.min(from, stop), stop).strip();
    return h.length() > MAX_HEADING ? h.substring(0, MAX_HEADING) : h;
  }
}
